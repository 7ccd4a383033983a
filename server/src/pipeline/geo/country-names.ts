/**
 * Every country's name in the shopper languages, from the ICU data Node ships with (Intl.DisplayNames),
 * so "¿Hacen envíos a México?", "liefert ihr nach Österreich?" or "能寄到新加坡吗" name a country
 * even when the store has never heard of it. Returns ISO 3166-1 alpha-2 codes.
 */
import { foldText } from '../language/index.js';

const LANGUAGES = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl', 'ja', 'zh', 'ko', 'ar'];
// Everyday names ICU does not give (and codes shoppers type).
const ALIASES: Record<string, string[]> = {
  US: ['usa', 'u.s.', 'u.s.a.', 'america', 'the states', 'ee uu', 'eeuu', 'ee. uu.', '美国', 'アメリカ', '米国'],
  GB: ['uk', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'grossbritannien', 'inglaterra', 'angleterre', 'inghilterra', 'engeland', '英国', 'イギリス'],
  NL: ['holland', 'holanda', 'hollande', 'olanda'],
  AE: ['uae', 'dubai'],
  KR: ['south korea', 'corea del sur', 'südkorea', 'coree du sud'],
  CZ: ['czech republic', 'czechia'],
};

// Groupings, codes of countries that no longer exist (ICU still names East Germany "Germany"), and
// islands named like garments ("jersey", "guernsey" are sweaters in several languages).
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'DD', 'SU', 'YU', 'CS', 'BU', 'TP', 'ZR', 'NT', 'YD', 'FX', 'DY', 'HV', 'NH', 'RH', 'VD', 'AN', 'JE', 'GG']);

interface Matcher {
  code: string;
  name: string;
  latin: boolean;
}

let matchers: Matcher[] | undefined;

function allRegionCodes(): string[] {
  const codes: string[] = [];
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // ICU answers some reserved codes with a placeholder ("Unknown Region") or with the code itself.
      if (name && name !== code && !/unknown|outlying|pseudo/i.test(name) && !NOT_COUNTRIES.has(code)) codes.push(code);
    }
  }
  return codes;
}

function buildMatchers(): Matcher[] {
  const out = new Map<string, Matcher>();
  const add = (code: string, raw: string) => {
    const name = foldText(raw).toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
    if (name.length < 2 || out.has(name)) return;
    out.set(name, { code, name, latin: /^[\p{Script=Latin}\s.'-]+$/u.test(name) });
  };
  const codes = allRegionCodes();
  for (const language of LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (!name) continue;
      add(code, name);
      // "Mexique", "Korea, South"-style variants: the part before a comma is how people say it.
      if (name.includes(',')) add(code, name.split(',')[0]!);
    }
  }
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases) add(code, alias);
  // Longest names first: "papua new guinea" before "guinea", "south korea" before "korea".
  return [...out.values()].sort((a, b) => b.name.length - a.name.length);
}

/** The first country a text names (longest name wins), as an ISO code. */
export function findCountry(text: string): string | undefined {
  matchers ??= buildMatchers();
  const folded = ` ${foldText(text).toLowerCase().replace(/[?!¿¡,;:()"“”«»]/g, ' ').replace(/\s+/g, ' ')} `;
  for (const m of matchers) {
    if (m.latin ? folded.includes(` ${m.name} `) || folded.includes(` ${m.name}.`) : folded.includes(m.name)) return m.code;
  }
  return undefined;
}

/** A country's name in the shopper's language. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
