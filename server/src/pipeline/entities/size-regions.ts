/**
 * The sizing convention a shopper names next to a size: "Je fais du 38 en France" (FR),
 * "我美码女鞋穿7.5" (US), "日本サイズでいつもLを着ています" (JP), "talla 40 europea" (EU).
 * Only words in the same clause and close to the size count, so "I wear a 10, do you ship to the
 * UK?" stays a plain 10.
 */
import type { SizeRegion } from './types.js';

// Codes are matched case-sensitively: "us", "it" and "eu" (Portuguese "I") are ordinary words.
const CODES = /(?<![A-Za-z])(EUR?|US|USA|UK|FR|IT|JP)(?![A-Za-z])/g;
const WORDS: Array<[SizeRegion, RegExp]> = [
  ['EU', /(?<![\p{L}])europ\p{L}*|欧码|欧洲码|欧洲尺码|ヨーロッパ/giu],
  ['US', /(?<![\p{L}])(?:americ\p{L}*|améric\p{L}*|amerikan\p{L}*|amerikaans\p{L}*|estadounidense)|美码|美国码|美国尺码|アメリカ/giu],
  ['UK', /(?<![\p{L}])(?:brit\p{L}*|inglese|englische?|anglaise?)|英码|英国码|英国尺码|イギリス/giu],
  ['FR', /(?<![\p{L}])(?:fran[cç]\p{L}*|französisch\p{L}*|frankreich|frankrijk|frans|franse)|法码|法国码|フランス/giu],
  ['IT', /(?<![\p{L}])(?:ital\p{L}*)|意码|意大利码|イタリア/giu],
  ['JP', /(?<![\p{L}])(?:jap[aoó]n\p{L}*|japan\p{L}*|japonais\p{L}*|giappon\p{L}*|japonês|japans\p{L}*)|日本|日码/giu],
];
const CLAUSE_BREAK = /[,.;!?，。、；！？\n]/gu;
const BEFORE = 20;
const AFTER = 25;

function codeRegion(code: string): SizeRegion {
  if (code.startsWith('EU')) return 'EU';
  if (code.startsWith('US')) return 'US';
  return code as SizeRegion;
}

function regionsIn(text: string): Array<{ region: SizeRegion; at: number }> {
  const found: Array<{ region: SizeRegion; at: number }> = [];
  for (const m of text.matchAll(CODES)) found.push({ region: codeRegion(m[1]!), at: m.index });
  for (const [region, pattern] of WORDS) for (const m of text.matchAll(pattern)) found.push({ region, at: m.index });
  return found;
}

/**
 * The region named within a short window around [start, end): the nearest before the size, else
 * the nearest after it. `notBefore` stops the window at the previous size.
 */
export function regionNear(text: string, start: number, end: number, notBefore = 0): SizeRegion | undefined {
  let before = text.slice(Math.max(notBefore, start - BEFORE), start);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  if (breaks.length > 0) before = before.slice(breaks.at(-1)!.index + 1);
  const preceding = regionsIn(before).sort((a, b) => b.at - a.at)[0];
  if (preceding) return preceding.region;
  let after = text.slice(end, end + AFTER);
  const stop = [...after.matchAll(CLAUSE_BREAK)][0]?.index;
  if (stop !== undefined) after = after.slice(0, stop);
  return regionsIn(after).sort((a, b) => a.at - b.at)[0]?.region;
}
