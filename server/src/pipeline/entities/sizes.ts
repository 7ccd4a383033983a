/**
 * Clothing and shoe sizes: letter sizes after a size word or verb ("size M", "talla L", "Mサイズ",
 * "M码", "Je fais du M", "Lを着ています"), sizes with a system ("EU 42", "US 10.5", "UK 8", "42 EU",
 * "欧码42"), shoe sizes in centimetres ("26.5cm" when nothing says it is a foot measurement), jeans
 * sizes ("W32 L34") and numbers after a size word or verb ("talla 38", "Größe 42", "calzo un 44",
 * "normally a 39", "42码"). A convention named nearby ("en France", "美码", "日本サイズ") becomes
 * the system of a numeric size and the region of a letter size. Runs after measurements, which
 * claim "foot length 26.5 cm" first.
 */
import { NUMBER, parseNumber } from './numbers.js';
import { regionNear } from './size-regions.js';
import { LETTER, LETTER_PT, NOT_A_SIZE_AFTER, SHOE_CONTEXT, SIZE_LEAD, SIZE_WORD } from './size-words.js';
import { overlaps, type SizeMention, type SizeSystem, type Span } from './types.js';

const GENDER: Array<[RegExp, NonNullable<SizeMention['gender']>]> = [
  [/women|woman|ladies|mujer|damen|femme|donna|feminin|dames|レディース|女/iu, 'women'],
  [/\bmen\b|men's|mens|hombre|herren|homme|uomo|masculin|heren|メンズ|男/iu, 'men'],
  [/kid|child|niñ|kinder|enfant|bambin|crian[çc]a|kind|キッズ|子供|儿童|童/iu, 'kids'],
];

interface Pattern {
  regex: RegExp;
  build(match: RegExpMatchArray): Omit<SizeMention, 'raw' | 'index'> | undefined;
}

function systemOf(word: string): SizeSystem {
  const upper = word.toUpperCase();
  if (upper.startsWith('EU')) return 'EU';
  if (upper === 'US' || upper === 'USA') return 'US';
  if (upper === 'UK') return 'UK';
  if (upper === 'FR') return 'FR';
  if (upper === 'IT') return 'IT';
  if (upper === 'JP') return 'JP';
  return 'numeric';
}

const RIGHT_AFTER_SIZE_WORD = new RegExp(`${SIZE_WORD}\\s?:?\\s?$`, 'iu');
const CHINESE_REGION: Record<string, SizeSystem> = { 欧: 'EU', 美: 'US', 英: 'UK', 日: 'JP', 法: 'FR', 意: 'IT' };

const PATTERNS: Pattern[] = [
  {
    // W32 L34, W32/L34, 32W 34L
    regex: /\bW\s?(\d{2})\s?[\/x ]?\s?L\s?(\d{2})\b|\b(\d{2})W\s?[\/x ]?\s?(\d{2})L\b/gi,
    build: (m) => {
      const waist = Number(m[1] ?? m[3]);
      const length = Number(m[2] ?? m[4]);
      return { system: 'waist_length', value: `W${waist} L${length}`, numeric: waist, waist, length, category: 'apparel' };
    },
  },
  {
    // EU 42, US 10.5, UK 8, US M 10, EUR 42.5
    regex: new RegExp(`(?<![A-Za-z])(EUR?|US|USA|UK|FR|IT|JP)\\s?(?:[MW]\\s)?(${NUMBER})(?![\\d.,]?\\d)`, 'g'),
    build: (m) => ({ system: systemOf(m[1]!), value: String(parseNumber(m[2]!)), numeric: parseNumber(m[2]!), category: 'shoe' }),
  },
  {
    // 42 EU, 10.5 US, 8 UK
    regex: new RegExp(`(?<![\\d.,])(${NUMBER})\\s?(EUR?|US|UK)(?![A-Za-z])`, 'g'),
    build: (m) => ({ system: systemOf(m[2]!), value: String(parseNumber(m[1]!)), numeric: parseNumber(m[1]!), category: 'shoe' }),
  },
  {
    // 欧码42, 美码9, 日码26
    regex: new RegExp(`(欧|美|英|日|法|意)(?:码|國码|国码)\\s?(?:是|穿)?\\s?(${NUMBER})(?![\\d.,]?\\d)`, 'gu'),
    build: (m) => ({ system: CHINESE_REGION[m[1]!] ?? 'numeric', value: String(parseNumber(m[2]!)), numeric: parseNumber(m[2]!) }),
  },
  {
    // size M, talla XL, Größe L, サイズM, size: 2XL; Portuguese "tamanho G"; "je fais du M", "I wear L"
    regex: new RegExp(`${SIZE_LEAD}\\s?(${LETTER}|${LETTER_PT})(?![\\p{L}\\d'’])`, 'giu'),
    // A lower-case letter counts only right after a size word ("talla s"), not after "el número de l…".
    build: (m) =>
      m[1] === m[1]!.toUpperCase() || RIGHT_AFTER_SIZE_WORD.test(m[0].slice(0, -m[1]!.length))
        ? { system: 'letter', value: m[1]!.toUpperCase(), category: 'apparel' }
        : undefined,
  },
  {
    // Mサイズ, L码, XL号, M size, Lを着ています
    regex: new RegExp(`(?<![A-Za-z\\d])(${LETTER})\\s?(?:サイズ|码|號|号|size|사이즈|を着|を履|が着)`, 'gu'),
    build: (m) => ({ system: 'letter', value: m[1]!.toUpperCase(), category: 'apparel' }),
  },
  {
    // 26.5cm / 26,5 cm / 27センチ / 270mm worn as shoes
    regex: new RegExp(`(?<![\\d.,])(${NUMBER})\\s?(cm|センチ|厘米|mm)(?![A-Za-z])`, 'giu'),
    build: (m) => {
      let value = parseNumber(m[1]!);
      if (m[2]!.toLowerCase() === 'mm') value /= 10;
      if (value < 20 || value > 32) return undefined;
      return { system: 'CM', value: String(value), numeric: value, category: 'shoe' };
    },
  },
  {
    // talla 38, Größe 42, pointure 42, calzo un 44, 42码, size 10.5, normally a 39, je fais du 38
    regex: new RegExp(`${SIZE_LEAD}\\s?(${NUMBER})(?![\\d.,]?\\d|\\s?(?:cm|kg|mm|lbs?)(?![A-Za-z])|\\s?in(?=\\s*(?:$|[.,;!?)]))|${NOT_A_SIZE_AFTER})(\\s?(?:europ|eur?\\b))?|(?<![\\d.,])(${NUMBER})\\s?(?:码|号|號)`, 'giu'),
    build: (m) => {
      const raw = m[1] ?? m[3]!;
      // "calzo un 44 europeo", "42 européen": the system follows the number.
      const system: SizeSystem = m[2] ? 'EU' : 'numeric';
      return { system, value: String(parseNumber(raw)), numeric: parseNumber(raw) };
    },
  },
];

function genderNear(text: string, index: number, length: number): SizeMention['gender'] {
  const window = text.slice(Math.max(0, index - 30), index + length + 20);
  for (const [pattern, gender] of GENDER) if (pattern.test(window)) return gender;
  return undefined;
}

export function findSizes(text: string, claimed: Span[]): SizeMention[] {
  const found: SizeMention[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(claimed, start, end)) continue;
      const size = pattern.build(m);
      if (!size) continue;
      const previousEnd = Math.max(0, ...found.filter((f) => f.index < start).map((f) => f.index + f.raw.length));
      const region = size.system === 'numeric' || size.system === 'letter' ? regionNear(text, start, end, previousEnd) : undefined;
      if (region && size.system === 'numeric') size.system = region;
      if (region && size.system === 'letter') size.region = region;
      if ((size.system === 'numeric' || region) && size.category !== 'apparel' && SHOE_CONTEXT.test(text)) size.category = 'shoe';
      const gender = genderNear(text, start, m[0].length);
      found.push({ ...size, ...(gender ? { gender } : {}), raw: m[0].trim(), index: start });
      claimed.push({ start, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
