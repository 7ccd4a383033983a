/**
 * Picks the part of a help article that answers the question. Search finds the right article; the
 * answer may sit in another of its sections (a table row for the shopper's country, the sentence with
 * the number of days). Each section's extract is scored by the question's concepts (language-neutral,
 * so a Japanese question can pick an English row), its words, the country or market it names, and —
 * for "how long / how much / when" questions — whether the extract has a number at all.
 */
import type { Db } from '../../db/types.js';
import { defaultLexicon } from '../../knowledge/lexicon/lexicon.js';
import { cjkBigramsOf, foldForSearch } from '../../knowledge/text/normalize.js';
import { latinWords } from '../../knowledge/text/tokenize.js';
import { isStopword } from '../../knowledge/text/stopwords.js';
import type { KnowledgePort, Passage } from '../ports.js';

const lexicon = defaultLexicon();

const WANTS_NUMBER = /how (long|much|many|soon|fast)|when|until|what time|cost|price|days?\b|free (shipping|delivery|returns?)|shipping free|threshold|gratis|gratuit|kostenlos|versandkostenfrei|送料無料|免运费|包邮|cuant|cuand|hasta cuando|wie (lange|viel|schnell)|wann|bis wann|combien|quand|jusqu|quanto|quando|fino a|quanto tempo|hoeveel|hoe lang|wanneer|いつ|いくら|何日|何時|どのくらい|多少|多久|几天|什么时候|几点|언제|얼마|며칠/;

// "1. Go to…" numbers a list; it is not an answer to "how long".
const LIST_NUMBERS = /^\s*\d+[.)]\s/gm;
// A number with what it counts: days, hours, money, percent.
const QUANTITY = /\d+(?:[.,]\d+)?\s*(?:[–-]\s*\d+\s*)?(?:%|business days?|working days?|days?|d[ií]as|werktage?n?|tage?n?|jours?|giorni|dias|dagen|werkdagen|営業日|日|天|个工作日|일|hours?|horas?|stunden|heures?|ore|uur|時間|小时|시간|months?|meses|monate?n?|mois|mesi|maanden|か月|个月|years?|a[ñn]os|jahre?n?|ans?|anni|jaar|年)|[€$£¥]\s*\d|\d\s*(?:€|eur|usd|gbp|jpy|円|元)/i;
const hasQuantity = (text: string) => QUANTITY.test(text.replace(LIST_NUMBERS, ''));

interface Scored {
  text: string;
  score: number;
}

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
const ASKS_DURATION = /how long|how many days|when|until|cuanto tiempo|cuantos dias|cuando|hasta cuando|wie lange|wann|bis wann|combien de temps|quand|jusqu|quanto tempo|quando|entro quando|hoe lang|wanneer|tot wanneer|いつ|何日|どのくらい|多久|几天|什么时候|언제|며칠|얼마나/;
const ASKS_PRICE = /how much|cost|price|cuanto cuesta|cuanto vale|precio|wie viel|was kostet|kosten|combien|prix|quanto costa|prezzo|quanto custa|preco|hoeveel|wat kost|いくら|料金|多少钱|价格|费用|얼마/;

/** The question with the vocabulary of the quantity it asks for (durations, prices). */
export function withQuantityWords(question: string): string {
  const folded = foldForSearch(question);
  if (ASKS_DURATION.test(folded)) return `${question} ${DURATION_WORDS}`;
  if (ASKS_PRICE.test(folded)) return `${question} ${PRICE_WORDS}`;
  return question;
}

export async function selectAnswer(
  db: Db,
  knowledge: KnowledgePort,
  input: { storeId: string; passage: Passage; question: string; maxChars: number; country?: CountryMatcher },
): Promise<string> {
  const { passage, question } = input;
  const { rows } = await db.query<{ content: string; heading_path: string[] }>(
    `SELECT content, heading_path FROM knowledge_chunks WHERE store_id = $1 AND article_id = $2 AND locale = $3 ORDER BY ordinal`,
    [input.storeId, passage.articleId, passage.locale],
  );
  const q = terms(question);
  const wantsNumber = WANTS_NUMBER.test(foldForSearch(question));
  const extractFor = withQuantityWords(question);
  const scored: Scored[] = rows.map((chunk, ordinal) => {
    const text = knowledge.extract({ ...passage, content: chunk.content, headingPath: chunk.heading_path }, extractFor, input.maxChars);
    const t = terms(`${chunk.heading_path.join(' ')} ${text}`);
    let score = chunk.content === passage.content ? 0.6 : 0; // search's own pick, as a prior
    score += 1.2 * overlap(q.concepts, t.concepts) + 0.8 * overlap(q.words, t.words) + 0.8 * overlap(q.bigrams, t.bigrams);
    if (wantsNumber) score += hasQuantity(text) ? 0.7 : /\d/.test(text.replace(LIST_NUMBERS, '')) ? 0.3 : -0.5;
    if (input.country?.(text)) score += 1.2;
    // Help articles lead with the main rule: between equals, the earlier section wins.
    score -= 0.03 * ordinal;
    return { text, score };
  });
  const best = scored.sort((a, b) => b.score - a.score)[0];
  return best?.text ?? knowledge.extract(passage, question, input.maxChars);
}
