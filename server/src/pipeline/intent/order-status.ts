/**
 * isOrderStatusQuestion: a short message with an order number and a where/status/arrive word —
 * "where's #2033", "status of 3308?", "has 7731 shipped yet", "#4471はどこ", "5562到哪了" — asks
 * where that order is. Short messages give the model little to go on, and this one is not
 * ambiguous; longer ones ("order 2040 arrived broken, I want a refund") are left to the model,
 * and so are messages the model reads as another post-purchase request ("order 2040 cancel?").
 */
import { extractEntities } from '../entities/index.js';
import { foldText } from '../language/normalize.js';

const ORDER_NUMBER = /(?<![\p{L}\p{N}])#?\d{3,12}(?![\p{N}])/u;
const STATUS_WORDS = new RegExp(
  [
    `(?<![\\p{L}])(?:${[
      "where'?s", 'wheres', 'where', 'status', 'arrive[sd]?', 'arriving', 'shipped', 'dispatched', 'delivered', 'tracking', 'track', 'update', 'eta', 'when will',
      'donde', 'estado', 'llega', 'llegado', 'llegara', 'enviado', 'entregado', 'seguimiento',
      'wo', 'wann', 'ankommen', 'angekommen', 'verschickt', 'versandt', 'geliefert', 'zugestellt', 'sendungsverfolgung',
      'ou', 'ou en est', 'statut', 'arrive', 'arrivee', 'expedie', 'expediee', 'livre', 'livree', 'suivi', 'quand',
      "dov'?e", 'dove', 'stato', 'arriva', 'arrivato', 'spedito', 'consegnato', 'quando',
      'onde', 'chega', 'chegou', 'entregue', 'rastreio', 'cade',
      'waar', 'wanneer', 'aankomen', 'aangekomen', 'verzonden', 'bezorgd', 'geleverd',
    ].join('|')})(?![\\p{L}])`,
    'どこ', '状況', '届', '発送', '配達', '追跡', '哪', '状态', '到了', '发货', '送达', '物流', '快递', '签收', '어디', '배송 ?(?:조회|상태)', 'أين',
  ].join('|'),
  'u',
);
const MAX_WORDS = 5;
const MAX_CJK_CHARS = 14;

export function isOrderStatusQuestion(text: string): boolean {
  if (text.length > 120 || !/\d/.test(text)) return false;
  const folded = foldText(text).replace(/[’‘´`]/g, "'");
  const words = folded.match(/[\p{Script=Latin}\p{N}'#]+/gu)?.length ?? 0;
  const cjk = folded.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (words > MAX_WORDS || cjk > MAX_CJK_CHARS || !STATUS_WORDS.test(folded)) return false;
  return ORDER_NUMBER.test(text) || extractEntities(text).orderNumbers.length > 0;
}
