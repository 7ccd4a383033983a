/**
 * Finds lexicon concepts in text. Articles and queries go through the same matcher, so the concept
 * ids it returns work as language-neutral index terms (c_refund matches 返金, reembolso, Erstattung).
 *
 * Matching is longest-first and consuming: "gift card" yields gift_card, not gift + card; 払い戻し
 * yields refund, not payment. Queries may also match with one typo (fuzzy), never articles.
 */
import { foldForSearch, cjkRuns } from '../text/normalize.js';
import { latinWords } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { CONCEPTS, type ConceptSpec } from './concepts.js';
import { withinEditDistance } from './edit-distance.js';

export const LEXICON_LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'ja', 'zh', 'ko'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

interface WordPattern {
  kind: 'exact' | 'prefix' | 'infix';
  value: string;
}

interface Pattern {
  words: WordPattern[];
  concept: string;
  language: LexiconLanguage;
  /** `word!`: only when the text is known to be in this pattern's language (false friends like pt "eu"). */
  restricted: boolean;
}

export interface ConceptMatch {
  concept: string;
  /** The words or characters that matched, as folded text. */
  surface: string;
  fuzzy: boolean;
}

export interface AnnotateOptions {
  /** Languages the text is (probably) in; restricted patterns of other languages are skipped. */
  languages?: ReadonlySet<LexiconLanguage>;
  /** Also match words within one or two typos of a lexicon word (queries only). */
  fuzzy?: boolean;
}

const PREFIX_KEY = 4;
const CANDIDATE_CACHE_SIZE = 50_000;
const MIN_FUZZY_LENGTH = 5;

function parseWord(raw: string): WordPattern {
  if (raw.startsWith('*') && raw.endsWith('*') && raw.length > 2) return { kind: 'infix', value: raw.slice(1, -1) };
  if (raw.endsWith('*')) return { kind: 'prefix', value: raw.slice(0, -1) };
  return { kind: 'exact', value: raw };
}

function wordMatches(pattern: WordPattern, word: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return word === pattern.value;
    case 'prefix':
      return word.startsWith(pattern.value);
    case 'infix':
      return word.includes(pattern.value);
  }
}

export class Lexicon {
  private readonly byExactFirst = new Map<string, Pattern[]>();
  private readonly byPrefixFirst = new Map<string, Pattern[]>();
  private readonly infixFirst: Pattern[] = [];
  private readonly cjk = new Map<string, Pattern[]>();
  private readonly fuzzyWords: Pattern[] = [];
  private maxCjkLength = 0;
  private readonly candidateCache = new Map<string, Pattern[]>();
  private readonly fuzzyCache = new Map<string, Pattern[]>();
  readonly conceptIds: readonly string[];

  constructor(specs: readonly ConceptSpec[] = CONCEPTS) {
    this.conceptIds = specs.map((s) => s.id);
    for (const spec of specs) {
      for (const language of LEXICON_LANGUAGES) {
        const list = spec[language];
        if (!list) continue;
        for (const rawAlternative of list.split('|')) this.add(spec.id, language, rawAlternative.trim());
      }
    }
  }

  private add(concept: string, language: LexiconLanguage, raw: string): void {
    if (!raw) return;
    const restricted = raw.endsWith('!');
    const text = foldForSearch(restricted ? raw.slice(0, -1) : raw);
    const runs = cjkRuns(text);
    if (runs.length > 0 && runs.join('') === text.replace(/\s+/g, '')) {
      const pattern: Pattern = { words: [], concept, language, restricted };
      push(this.cjk, text, pattern);
      this.maxCjkLength = Math.max(this.maxCjkLength, [...text].length);
      return;
    }
    // "t-shirt*", "e-gift*": the tokenizer splits at hyphens, so patterns do too.
    const words = text.split(/[\s\-']+/).filter(Boolean).map((w, i, all) => (i === all.length - 1 ? w : w.replace(/\*$/, '')));
    if (words.length === 0) return;
    const parsed = words.map(parseWord);
    const pattern: Pattern = { words: parsed, concept, language, restricted };
    const first = parsed[0]!;
    if (first.kind === 'exact') push(this.byExactFirst, first.value, pattern);
    else if (first.kind === 'prefix' && first.value.length >= PREFIX_KEY) push(this.byPrefixFirst, first.value.slice(0, PREFIX_KEY), pattern);
    else this.infixFirst.push(pattern);
    if (parsed.length === 1 && first.kind !== 'infix' && first.value.length >= MIN_FUZZY_LENGTH) this.fuzzyWords.push(pattern);
  }

  /** Concept matches in a text, in order. `text` may be raw: it is folded here. */
  annotate(text: string, options: AnnotateOptions = {}): ConceptMatch[] {
    const folded = foldForSearch(text);
    const allowed = (p: Pattern) => !p.restricted || !options.languages || options.languages.has(p.language);
    return [...this.matchWords(latinWords(folded), allowed, options.fuzzy ?? false), ...this.matchCjk(folded, allowed)];
  }

  /** Distinct concept ids of a text. */
  concepts(text: string, options: AnnotateOptions = {}): string[] {
    return [...new Set(this.annotate(text, options).map((m) => m.concept))];
  }

  /** Patterns whose first word matches `word`, memoised (words repeat: Zipf). */
  private candidates(word: string): Pattern[] {
    const cached = this.candidateCache.get(word);
    if (cached) return cached;
    const out = [
      ...(this.byExactFirst.get(word) ?? []),
      ...(word.length >= PREFIX_KEY ? (this.byPrefixFirst.get(word.slice(0, PREFIX_KEY)) ?? []) : []),
      ...this.infixFirst,
    ].filter((p) => wordMatches(p.words[0]!, word));
    if (this.candidateCache.size >= CANDIDATE_CACHE_SIZE) this.candidateCache.clear();
    this.candidateCache.set(word, out);
    return out;
  }

  private matchWords(words: string[], allowed: (p: Pattern) => boolean, fuzzy: boolean): ConceptMatch[] {
    const out: ConceptMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let best: Pattern[] = [];
      let bestLength = 0;
      for (const pattern of this.candidates(words[i]!)) {
        const n = pattern.words.length;
        if (n < bestLength || i + n > words.length || !allowed(pattern)) continue;
        if (!pattern.words.every((w, k) => k === 0 || wordMatches(w, words[i + k]!))) continue;
        if (n > bestLength) {
          best = [pattern];
          bestLength = n;
        } else best.push(pattern);
      }
      if (bestLength > 0) {
        const surface = words.slice(i, i + bestLength).join(' ');
        for (const concept of new Set(best.map((p) => p.concept))) out.push({ concept, surface, fuzzy: false });
        i += bestLength;
        continue;
      }
      if (fuzzy) out.push(...this.fuzzyMatch(words[i]!, allowed));
      i++;
    }
    return out;
  }

  /** A word within one typo (two for long words) of a lexicon word or stem: "retrun", "shiping". */
  private fuzzyMatch(word: string, allowed: (p: Pattern) => boolean): ConceptMatch[] {
    const concepts = new Set(this.fuzzyCandidates(word).filter(allowed).map((p) => p.concept));
    return [...concepts].map((concept) => ({ concept, surface: word, fuzzy: true }));
  }

  /** Every single-word pattern `word` is a near miss of, memoised: the scan over all of them is the costly part. */
  private fuzzyCandidates(word: string): Pattern[] {
    const cached = this.fuzzyCache.get(word);
    if (cached) return cached;
    const out: Pattern[] = [];
    if (word.length >= MIN_FUZZY_LENGTH && !isStopword(word) && !/\d/.test(word)) {
      const maxEdits = word.length >= 9 ? 2 : 1;
      for (const pattern of this.fuzzyWords) {
        const target = pattern.words[0]!;
        // Typos rarely hit the first letter; requiring it keeps "weather" away from "leather".
        if (target.value[0] !== word[0]) continue;
        if (target.kind === 'exact' ? withinEditDistance(word, target.value, maxEdits) : fuzzyPrefix(word, target.value)) out.push(pattern);
      }
    }
    if (this.fuzzyCache.size >= CANDIDATE_CACHE_SIZE) this.fuzzyCache.clear();
    this.fuzzyCache.set(word, out);
    return out;
  }

  private matchCjk(folded: string, allowed: (p: Pattern) => boolean): ConceptMatch[] {
    const out: ConceptMatch[] = [];
    for (const run of cjkRuns(folded)) {
      const chars = [...run];
      let i = 0;
      while (i < chars.length) {
        let matched = 0;
        for (let len = Math.min(this.maxCjkLength, chars.length - i); len >= 1; len--) {
          const piece = chars.slice(i, i + len).join('');
          const patterns = (this.cjk.get(piece) ?? []).filter(allowed);
          if (patterns.length === 0) continue;
          for (const concept of new Set(patterns.map((p) => p.concept))) out.push({ concept, surface: piece, fuzzy: false });
          matched = len;
          break;
        }
        i += matched || 1;
      }
    }
    return out;
  }
}

/** The word starts with the stem give or take one typo; a dropped letter only for stems of 6+. */
function fuzzyPrefix(word: string, stem: string): boolean {
  const lengths = stem.length >= 6 ? [stem.length - 1, stem.length, stem.length + 1] : [stem.length, stem.length + 1];
  return lengths.some((len) => len <= word.length && withinEditDistance(word.slice(0, len), stem, 1));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let shared: Lexicon | undefined;

/** The lexicon built from concepts.ts, compiled once per process. */
export function defaultLexicon(): Lexicon {
  shared ??= new Lexicon();
  return shared;
}

/** Index term for a concept: c_refund. The Postgres parser never produces underscores, so no word collides. */
export const conceptTerm = (concept: string) => `c_${concept}`;

/** Lexicon languages a locale's text can be in (zh-CN → zh). */
export function lexiconLanguageOf(locale: string | undefined): LexiconLanguage | undefined {
  const base = (locale ?? '').toLowerCase().split('-')[0];
  return (LEXICON_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as LexiconLanguage) : undefined;
}
