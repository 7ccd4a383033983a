/**
 * Finds a size reference in a phrase: "I wear EU 42", "42 EU", "US men's 10", "women's US 8",
 * "UK 8.5", "JP 26.5", "CN 165/88A", "size M". A bare number has no system and is not guessed;
 * the first system word followed by a size wins.
 */
import type { SizeReference } from './recommendation-types.js';
import type { Gender, LabelSystem } from './types.js';

const SYSTEM_WORDS: [RegExp, LabelSystem][] = [
  [/^(?:us|usa)$/i, 'US'],
  [/^(?:uk|gb)$/i, 'UK'],
  [/^(?:eu|eur|fr|it|de)$/i, 'EU'],
  [/^(?:jp|jpn|japan)$/i, 'JP'],
  [/^(?:cn|chn|china)$/i, 'CN'],
  [/^(?:size|talla|taille|größe|grösse|taglia|maat|tamanho)$/i, 'size'],
];

const VALUE = String.raw`(\d{3}\s*\/\s*\d{2,3}[A-Z]?|\d+(?:[.,]\d+)?(?:\s*[½]|\s+\d\/\d)?(?:\s*[–-]\s*\d+(?:[.,]\d+)?)?|[2-5]?X{0,3}[SML]{1,2}|[SML]\/[ML])`;
const TRAILING_GENDER = String.raw`(?:\s+(men'?s|women'?s|ladies'?))?`;
const END = String.raw`(?=$|[\s,.!?;:)])`;
const GENDER = String.raw`(?:(men'?s|women'?s|male|female|ladies'?|m|w)\s+)?`;

export function parseSizeReference(text: string): SizeReference | undefined {
  const t = text.trim().replace(/[’]/g, "'");
  for (const m of t.matchAll(new RegExp(String.raw`(?:^|\s)${GENDER}([A-Za-zäöü]+)\s+${GENDER}${VALUE}${TRAILING_GENDER}${END}`, 'gi'))) {
    const found = build(m[2], m[4], m[1] ?? m[3] ?? m[5]);
    if (found) return found;
  }
  for (const m of t.matchAll(new RegExp(String.raw`(?:^|\s)${VALUE}\s+${GENDER}([A-Za-z]+)${TRAILING_GENDER}${END}`, 'gi'))) {
    const found = build(m[3], m[1], m[2] ?? m[4]);
    if (found) return found;
  }
  return undefined;
}

function build(systemWord: string | undefined, value: string | undefined, genderWord: string | undefined): SizeReference | undefined {
  const system = SYSTEM_WORDS.find(([re]) => re.test(systemWord ?? ''))?.[1];
  if (!system || !value) return undefined;
  const gender = genderOf(genderWord);
  return { system, value: value.replace(',', '.').trim(), ...(gender ? { gender } : {}) };
}

function genderOf(word: string | undefined): Gender | undefined {
  if (!word) return undefined;
  return /^(?:w|women|female|ladies)/i.test(word) ? 'women' : 'men';
}
