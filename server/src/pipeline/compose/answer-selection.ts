/**
 * Picks the part of a help article that answers the question. Search finds the right article; the
 * answer may sit in another of its sections (a table row for the shopper's country, the sentence with
 * the number of days). Each section's extract is scored by the question's concepts (language-neutral,
 * so a Japanese question can pick an English row), its words, the country or market it names, and —
 * for "how long / how much / when" questions — whether the extract holds a duration or a price.
 */
import type { Db } from '../../db/types.js';
import { defaultLexicon } from '../../knowledge/lexicon/lexicon.js';
import { cjkBigramsOf, foldForSearch } from '../../knowledge/text/normalize.js';
import { latinWords } from '../../knowledge/text/tokenize.js';
import { isStopword } from '../../knowledge/text/stopwords.js';
import type { KnowledgePort, Passage } from '../ports.js';
import { answerTypesIn, expectedAnswerTypes, type AnswerType } from '../../knowledge/search/answer-type.js';

const lexicon = defaultLexicon();

const QUALIFIER_PENALTY = 0.6;
/**
 * A section about marketplace orders or Black Friday, or one whose heading names one country ("Orders
 * to Japan"; a sentence about "Dutch tax law" or a table of all countries is general).
 */
function isSpecialCase(section: Set<string>, heading: Set<string>, question: Set<string>): boolean {
  const countries = [...heading].filter((c) => c.startsWith('country_'));
  if (countries.length === 1 && !question.has(countries[0]!)) return true;
  return ['marketplace', 'black_friday'].some((c) => section.has(c) && !question.has(c));
}

interface Scored {
  text: string;
  score: number;
  ordinal: number;
}

const EXAMPLES_HEADING = /\b(examples?|worked examples?|ejemplos?|beispiele?|exemples?|esempi|esempio|exemplos?|voorbeelden|voorbeeld)\b|例|示例|举例/i;
const EXAMPLES_PENALTY = 0.4;

/** Sections scoring this close to the best are given with it. */
const TWO_SECTIONS_MARGIN = 0.2;

function terms(text: string): { concepts: Set<string>; words: Set<string>; bigrams: Set<string> } {
  const folded = foldForSearch(text);
  return {
    concepts: new Set(lexicon.concepts(folded, { fuzzy: false })),
    words: new Set(latinWords(folded).filter((w) => w.length >= 3 && !isStopword(w)).map((w) => w.slice(0, 5))),
    bigrams: new Set(cjkBigramsOf(folded)),
  };
}

const overlap = (a: Set<string>, b: Set<string>) => (a.size === 0 ? 0 : [...a].filter((x) => b.has(x)).length / a.size);

/** Words naming the country/market the question is about, in the article's language (and English). */
export type CountryMatcher = (text: string) => boolean;

// Words that go with the quantity a question asks for, in the supported languages: appended to the
// question before extraction so the sentence with "45 days" beats the one that only says "return".
const DURATION_WORDS = 'days business days weeks months hours días semanas meses horas tage wochen monate stunden jours semaines mois heures giorni settimane mesi ore dias semanas meses horas dagen weken maanden uur 日 日間 週間 か月 時間 天 周 个月 小时 일 주 개월 시간';
const PRICE_WORDS = 'price cost costs € $ £ ¥ precio cuesta preis kostet prix coûte prezzo costa preço custa prijs kost 価格 料金 円 价格 费用 元 가격 요금';
/** The question with the vocabulary of the quantity it asks for (durations, prices). */
function withQuantityWords(question: string, wanted: readonly AnswerType[]): string {
  if (wanted[0] === 'duration') return `${question} ${DURATION_WORDS}`;
  if (wanted[0] === 'price') return `${question} ${PRICE_WORDS}`;
  return question;
}

type Section = { content: string; heading_path: string[] };

/** Recently answered-from articles, keyed by what their chunks were built from: a re-indexed article is never served stale. */
const sectionCache = new Map<string, Section[]>();
const SECTION_CACHE_ARTICLES = 500;

/** The article translation's sections in order (one query, then from the cache while its text is unchanged). */
async function articleSections(db: Db, storeId: string, passage: Passage): Promise<Section[]> {
  const key = passage.articleHash ? `${storeId}\n${passage.articleId}\n${passage.locale}\n${passage.articleHash}` : undefined;
  const cached = key ? sectionCache.get(key) : undefined;
  if (cached) return cached;
  const { rows } = await db.query<Section>(
    `SELECT content, heading_path FROM knowledge_chunks WHERE store_id = $1 AND article_id = $2 AND locale = $3 ORDER BY ordinal`,
    [storeId, passage.articleId, passage.locale],
  );
  if (key) {
    // Oldest first out: Map keeps insertion order.
    if (sectionCache.size >= SECTION_CACHE_ARTICLES) sectionCache.delete(sectionCache.keys().next().value!);
    sectionCache.set(key, rows);
  }
  return rows;
}

export async function selectAnswer(
  db: Db,
  knowledge: KnowledgePort,
  input: { storeId: string; passage: Passage; question: string; maxChars: number; country?: CountryMatcher },
): Promise<{ text: string; score: number; lead: string }> {
  const { passage, question } = input;
  const rows = await articleSections(db, input.storeId, passage);
  const q = terms(question);
  const wanted = expectedAnswerTypes(foldForSearch(question));
  const extractFor = withQuantityWords(question, wanted);
  const scored: Scored[] = rows.map((chunk, ordinal) => {
    const text = knowledge.extract({ ...passage, content: chunk.content, headingPath: chunk.heading_path }, extractFor, input.maxChars);
    const t = terms(`${chunk.heading_path.join(' ')} ${text}`);
    let score = chunk.content === passage.content ? 0.6 : 0; // search's own pick, as a prior
    score += 1.2 * overlap(q.concepts, t.concepts) + 0.8 * overlap(q.words, t.words) + 0.8 * overlap(q.bigrams, t.bigrams);
    if (wanted.length > 0) score += wanted.some((type) => answerTypesIn(text).has(type)) ? 0.8 : -0.5;
    if (input.country?.(text)) score += 1.2;
    // A section for a special case the question doesn't raise (marketplace orders, one country, Black
    // Friday) is not the general answer: "can I cancel my order?" is not about Amazon orders.
    if (isSpecialCase(t.concepts, terms(chunk.heading_path.join(' ')).concepts, q.concepts)) score -= QUALIFIER_PENALTY;
    // Worked examples illustrate the rule; the rule itself answers.
    if (EXAMPLES_HEADING.test(chunk.heading_path.at(-1) ?? '')) score -= EXAMPLES_PENALTY;
    // Help articles lead with the main rule: between equals, the earlier section wins.
    score -= 0.03 * ordinal;
    return { text, score, ordinal };
  });
  const [best, second] = [...scored].sort((a, b) => b.score - a.score);
  if (!best) {
    const text = knowledge.extract(passage, question, input.maxChars);
    return { text, score: 0, lead: text };
  }
  // Two sections that answer about equally ("free from how much? before or after the promo code?")
  // are both given, in the article's order, when they fit.
  if (second && second.score >= best.score - TWO_SECTIONS_MARGIN && best.text.length + second.text.length <= input.maxChars * 1.75) {
    const [first, next] = best.ordinal < second.ordinal ? [best, second] : [second, best];
    return { text: `${first.text}\n${next.text}`, score: best.score, lead: best.text };
  }
  return { ...best, lead: best.text };
}
