/**
 * What kind of answer a question expects — a duration ("how long", "いつまで"), an amount of money
 * ("how much", "送料はいくら") — and whether a sentence holds one. "How long do I have to cancel?" is
 * answered by the sentence with "1 hour", not by the one that only says "cancel": extraction prefers
 * sentences holding the quantity asked for. The patterns cover the assistant's languages; questions
 * are folded first (lower case, no accents).
 */

export type AnswerType = 'duration' | 'price';

const ASKS_DURATION = new RegExp(
  [
    'how long', 'how many (days|hours|weeks|months|years)', 'how much time', 'how soon', 'how fast', 'when', 'until', 'by what time', 'deadline', 'time limit', 'valid',
    'cuanto tiempo', 'cuantos dias', 'cuantas horas', 'cuando', 'hasta cuando', 'plazo', 'tarda', 'valid[oa]', 'caduca',
    'wie lange', 'wie viele tage', 'wie schnell', 'wann', 'bis wann', 'frist', 'dauert', 'gultig',
    'combien de (temps|jours)', 'quand', 'jusqu', 'delai', 'valable',
    'quanto tempo', 'quanti giorni', 'quando', 'entro quando', 'fino a quando', 'ci vuole', 'scadenza', 'valid[ao]',
    'quantos dias', 'ate quando', 'prazo', 'demora', 'valid[oa]',
    'hoe lang', 'hoeveel dagen', 'wanneer', 'tot wanneer', 'termijn', 'duurt', 'geldig', 'bewaren',
    'いつ', '何日', '何時間', 'どのくらい', 'どれくらい', '期限', '期間', '多久', '几天', '多少天', '什么时候', '多长时间', '期限', '有效期', '언제', '며칠', '얼마나',
  ].join('|'),
);

const ASKS_PRICE = new RegExp(
  [
    'how much', 'cost', 'price', 'fee', 'charge', 'free shipping', 'free delivery', 'threshold', 'minimum',
    'cuanto cuesta', 'cuanto vale', 'cuanto es', 'precio', 'coste', 'gastos', 'gratis', 'minimo',
    'wie viel', 'wieviel', 'was kostet', 'kosten', 'kostenlos', 'gebuhr', 'ab wann',
    'combien', 'prix', 'cout', 'frais', 'gratuit',
    'quanto costa', 'quanto costano', 'prezzo', 'costo', 'spese', 'gratuit[ao]',
    'quanto custa', 'preco', 'custo', 'portes', 'gratuit[oa]',
    'hoeveel', 'wat kost', 'prijs', 'kosten', 'gratis',
    'いくら', '料金', '送料', '無料', '費用', 'かかりますか', 'かかるの', '多少钱', '价格', '费用', '运费', '免运费', '包邮', '얼마', '가격', '요금',
  ].join('|'),
);

/** The answer types a (folded) question asks for; durations first, when it asks both. */
export function expectedAnswerTypes(foldedQuestion: string): AnswerType[] {
  const out: AnswerType[] = [];
  if (ASKS_DURATION.test(foldedQuestion)) out.push('duration');
  if (ASKS_PRICE.test(foldedQuestion)) out.push('price');
  return out;
}

// "1. Go to…" numbers a list; it is not an answer to "how long".
const LIST_NUMBER = /^\s*(?:[-*]\s*)?\d+[.)]\s/gm;
const DURATION = /\d+(?:[.,]\d+)?\s*(?:[–-]\s*\d+\s*)?(?:business days?|working days?|calendar days?|days?|weeks?|months?|years?|hours?|minutes?|d[ií]as(?: (?:habiles|laborables))?|semanas?|meses|a[ñn]os|horas?|minutos?|werktage?n?|tage?n?|wochen|monate?n?|jahre?n?|stunden?|minuten|jours?(?: ouvr[ée]s)?|semaines?|mois|ans?|heures?|giorni(?: lavorativi)?|settimane|mesi|anni|ore|minuti|dias(?: uteis)?|werkdagen|dagen|weken|maanden|jaar|uur|minuten|営業日|日間|日|週間|か月|ヶ月|年|時間|分|个工作日|工作日|天|周|个月|年|小时|分钟|일|주|개월|년|시간|분)(?![a-z])|\b(?:one|two|three|an?) (?:hour|day|week|month|year)s?\b|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\d{1,2}月\d{1,2}日/i;
const PRICE = /[€$£¥￥]\s*\d|\d+(?:\.\d+)?\s*万\s*(?:円|元)|\d(?:[\d.,]*\d)?\s*(?:€|eur\b|euros?\b|usd\b|us\$|gbp\b|jpy\b|cad\b|aud\b|円|元|yen\b|dollars?\b)/i;

/** The answer types a sentence (or table row) holds. */
export function answerTypesIn(text: string): Set<AnswerType> {
  const plain = text.replace(LIST_NUMBER, ' ');
  const out = new Set<AnswerType>();
  if (DURATION.test(plain)) out.add('duration');
  if (PRICE.test(plain)) out.add('price');
  return out;
}
