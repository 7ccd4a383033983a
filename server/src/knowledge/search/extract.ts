/**
 * Extractive answers: from a passage, the sentences, list items or table rows that answer the
 * question, so the offline assistant can quote the store's own words instead of a whole section.
 * Units are scored by shared concepts (language-neutral), word stems, CJK bigrams and codes; the
 * best unit is kept with its neighbours up to a length budget. A table row always comes with its
 * header row, so "| 8 | 41 | 26.0 |" is never quoted without saying what the columns are.
 */
import { foldForSearch, cjkBigramsOf } from '../text/normalize.js';
import { codesOf, latinWords } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { splitSentences } from '../chunk/blocks.js';
import { answerTypesIn, expectedAnswerTypes } from './answer-type.js';

export const DEFAULT_EXTRACT_CHARS = 360;
/** What holding the kind of quantity asked for is worth, against shared concepts (2 each) and words (1). */
const ANSWER_TYPE_BONUS = 2.5;

interface Unit {
  text: string;
  /** Header line when the unit is a table row. */
  header?: string;
  block: number;
}

interface Features {
  concepts: Set<string>;
  stems: Set<string>;
  bigrams: Set<string>;
  codes: Set<string>;
  /** Numbers as written (sizes, days, amounts): "42.5" must find the row that says 42.5. */
  numbers: Set<string>;
}

const stem = (word: string) => word.slice(0, 5);

function featuresOf(text: string, lexicon: Lexicon, fuzzy: boolean): Features {
  const folded = foldForSearch(text);
  return {
    concepts: new Set(lexicon.concepts(folded, { fuzzy })),
    stems: new Set(latinWords(folded).filter((w) => w.length >= 3 && !isStopword(w)).map(stem)),
    bigrams: new Set(cjkBigramsOf(folded)),
    codes: new Set(codesOf(folded)),
    numbers: new Set(folded.match(/\d+(?:[.,]\d+)?/g)?.map((n) => n.replace(',', '.')) ?? []),
  };
}

// Article sentences come back turn after turn (the same few articles answer most questions), so
// their features are memoised per lexicon; bounded, cleared when full.
const UNIT_CACHE_SIZE = 20_000;
const unitCaches = new WeakMap<Lexicon, Map<string, Features>>();

function unitFeatures(text: string, lexicon: Lexicon): Features {
  let cache = unitCaches.get(lexicon);
  if (!cache) unitCaches.set(lexicon, (cache = new Map()));
  const cached = cache.get(text);
  if (cached) return cached;
  const features = featuresOf(text, lexicon, false);
  if (cache.size >= UNIT_CACHE_SIZE) cache.clear();
  cache.set(text, features);
  return features;
}

function units(content: string): Unit[] {
  const out: Unit[] = [];
  let block = 0;
  let header: string | undefined;
  for (const line of content.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      block++;
      header = undefined;
      continue;
    }
    if (trimmed.startsWith('|')) {
      if (header === undefined) header = trimmed;
      else out.push({ text: trimmed, header, block });
      continue;
    }
    header = undefined;
    if (/^(?:[-*]|\d+\.)\s/.test(trimmed)) out.push({ text: trimmed, block });
    else for (const sentence of splitSentences(trimmed)) out.push({ text: sentence, block });
  }
  return out;
}

/** How much a match counts: a concept or word in every sentence of the passage tells them apart less. */
type Rarity = (key: string) => number;

function overlap(query: Features, unit: Features, rarity: Rarity = () => 1): number {
  let score = 0;
  for (const c of unit.concepts) if (query.concepts.has(c)) score += 2 * rarity(`c:${c}`);
  for (const s of unit.stems) if (query.stems.has(s)) score += rarity(`s:${s}`);
  for (const b of unit.bigrams) if (query.bigrams.has(b)) score += 0.5;
  for (const k of unit.codes) if (query.codes.has(k)) score += 3;
  for (const n of unit.numbers) if (query.numbers.has(n)) score += 1.5;
  return score;
}

/**
 * Within one passage, a concept or word found in most sentences ("return" in the returns policy)
 * counts less than one found in few ("holiday"): 0.5 when everywhere, up to 1.5 when in one sentence.
 */
function rarityAmong(units: Features[]): Rarity {
  const df = new Map<string, number>();
  for (const f of units) {
    for (const c of f.concepts) df.set(`c:${c}`, (df.get(`c:${c}`) ?? 0) + 1);
    for (const s of f.stems) df.set(`s:${s}`, (df.get(`s:${s}`) ?? 0) + 1);
  }
  const n = units.length;
  return (key) => (n < 3 ? 1 : 0.5 + (1 - ((df.get(key) ?? 1) - 1) / (n - 1)));
}

/** The part of `content` that best answers `question`, at most about `maxChars` characters. */
export function extractAnswer(content: string, question: string, lexicon: Lexicon, maxChars = DEFAULT_EXTRACT_CHARS): string {
  const all = units(content);
  if (all.length === 0) return content.slice(0, maxChars).trim();
  const query = featuresOf(question, lexicon, true);
  const wanted = expectedAnswerTypes(foldForSearch(question));
  // A row means what its header says: "| 9 | 42.5 |" is about EU sizes only with "| US | EU |".
  const features = all.map((u) => unitFeatures(u.header ? `${u.header} ${u.text}` : u.text, lexicon));
  const rarity = rarityAmong(features);
  const scores = all.map((u, i) => {
    const score = overlap(query, features[i]!, rarity) - i * 0.01;
    // "How long…?" is answered by the sentence with the duration, "how much…?" by the one with the price.
    const holds = wanted.length > 0 && wanted.some((type) => answerTypesIn(u.text).has(type));
    return holds && score > 0 ? score + ANSWER_TYPE_BONUS : score;
  });
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });

  const chosen = [all[best]!];
  let length = all[best]!.text.length + (all[best]!.header?.length ?? 0);
  // Neighbours in the same block, following first (a sentence's consequences), then preceding.
  for (const step of [1, -1]) {
    for (let i = best + step; i >= 0 && i < all.length && all[i]!.block === all[best]!.block; i += step) {
      const next = all[i]!;
      if (length + next.text.length + 1 > maxChars || (scores[i]! <= 0 && chosen.length > 1)) break;
      if (step === 1) chosen.push(next);
      else chosen.unshift(next);
      length += next.text.length + 1;
    }
  }
  const header = chosen.find((u) => u.header)?.header;
  const isTable = chosen.every((u) => u.header);
  const joiner = chosen.some((u) => /^(?:[-*|]|\d+\.)/.test(u.text)) ? '\n' : ' ';
  const body = chosen.map((u) => u.text).join(joiner);
  return isTable && header ? `${header}\n${body}` : body;
}
