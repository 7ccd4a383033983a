/**
 * Turns a message into sparse features for the intent model. Character n-grams carry meaning
 * across inflections, typos and scripts without spaces ("返品したい", "rückgabe"/"ruckgabe");
 * word uni- and bigrams catch phrasing ("where is", "size up"); cue features from the lexicon
 * let a few hand-written words generalise to phrasings the training set lacks; the hand-off
 * signals' own cue lists (damaged goods, data deletion, asking for a person, anger) add a second,
 * independently written vocabulary. Identifiers become placeholders: an email's letters say nothing
 * about intent, that there is an email (or an order number, or a code like WELCOME10) does.
 */
import { foldText } from '../language/normalize.js';
import { detectFrustration } from '../signals/frustration.js';
import { detectHumanRequest } from '../signals/human-request.js';
import { detectSensitiveTopics } from '../signals/sensitive-topics.js';
import { lexiconCues } from './lexicon.js';

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{N}]+)?/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
// WELCOME10, SAVE20, BF2026: discount codes are capitals followed by a few digits.
const CODE = /(?<![\p{L}\p{N}])[A-Z]{3,}\d{1,4}(?![\p{L}\p{N}])/u;
const ORDER_LIKE = /(?<![\p{L}\p{N}])#?\d{3,}(?![\p{L}\p{N}])/u;

/** Folded text with numbers collapsed, so "order 1042" and "order 7" look alike. */
export function prepareText(text: string): string {
  return foldText(text)
    .replace(/[’‘´`]/g, "'")
    .replace(/\d+/g, '0');
}

export function extractFeatures(original: string): string[] {
  const features: string[] = [];
  const text = original.replace(EMAIL, ' ');
  if (text !== original) features.push('e:email');
  if (CODE.test(text)) features.push('e:code');
  if (ORDER_LIKE.test(text)) features.push('e:number');
  const prepared = prepareText(text);
  const nonCjk = prepared.replace(CJK_RUN, ' ');
  const words = nonCjk.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    features.push(`w:${word}`);
    if (i + 1 < words.length) features.push(`b:${word}_${words[i + 1]}`);
    const padded = ` ${word} `;
    // 3–5-grams of each word: enough for stems without blowing up the feature count.
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) features.push(`c:${padded.slice(j, j + n)}`);
    }
  }
  for (const run of prepared.match(CJK_RUN) ?? []) {
    const chars = [...run];
    for (let j = 0; j < chars.length; j++) {
      features.push(`u:${chars[j]}`);
      if (j + 1 < chars.length) features.push(`u:${chars[j]}${chars[j + 1]}`);
      if (j + 2 < chars.length) features.push(`u:${chars[j]}${chars[j + 1]}${chars[j + 2]}`);
    }
  }
  for (const cue of lexiconCues(prepared)) features.push(`k:${cue}`);
  for (const topic of detectSensitiveTopics(text)) features.push(`s:${topic}`);
  const human = detectHumanRequest(text).kind;
  if (human !== 'none') features.push(`s:human-${human}`);
  const frustration = detectFrustration(text).level;
  if (frustration > 0) features.push(`s:frustration-${frustration}`);
  if (/[?？]/.test(prepared)) features.push('p:question');
  if (words.length + (prepared.match(CJK_RUN)?.join('').length ?? 0) / 2 <= 2) features.push('p:very-short');
  return features;
}
