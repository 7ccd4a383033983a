/**
 * Designated postal operators by ISO 3166-1 alpha-2 country code, for UPU S10 numbers
 * (`RB123456785GB`: the last two letters name the issuing country). Countries without an entry
 * here still validate; they get a generic `post-<cc>` carrier.
 */

/** Current ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which postal operators use. */
const ISO_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

const ISO_SET = new Set(ISO_CODES);

export function isIsoCountryCode(code: string): boolean {
  return ISO_SET.has(code);
}

export interface PostalOperator {
  slug: string;
  name: string;
  url?: string;
}

/** Operators we name; the slugs used by the reference store come first. */
export const POSTAL_OPERATORS: Record<string, PostalOperator> = {
  CN: { slug: 'china-post', name: 'China Post' },
  GB: { slug: 'royal-mail', name: 'Royal Mail' },
  JP: { slug: 'japan-post', name: 'Japan Post' },
  US: { slug: 'usps', name: 'USPS' },
  CA: { slug: 'canada-post', name: 'Canada Post' },
  AU: { slug: 'australia-post', name: 'Australia Post' },
  NL: { slug: 'postnl', name: 'PostNL' },
  FR: { slug: 'la-poste', name: 'La Poste' },
  ES: { slug: 'correos', name: 'Correos' },
  DE: { slug: 'deutsche-post', name: 'Deutsche Post' },
  IT: { slug: 'poste-italiane', name: 'Poste Italiane' },
  HK: { slug: 'hong-kong-post', name: 'Hongkong Post' },
  SG: { slug: 'singapore-post', name: 'Singapore Post' },
  KR: { slug: 'korea-post', name: 'Korea Post' },
  TW: { slug: 'taiwan-post', name: 'Chunghwa Post' },
  IN: { slug: 'india-post', name: 'India Post' },
  BR: { slug: 'correios-brazil', name: 'Correios (Brazil)' },
  MX: { slug: 'correos-de-mexico', name: 'Correos de México' },
  CH: { slug: 'swiss-post', name: 'Swiss Post' },
  AT: { slug: 'austrian-post', name: 'Österreichische Post' },
  BE: { slug: 'bpost', name: 'bpost' },
  IE: { slug: 'an-post', name: 'An Post' },
  PT: { slug: 'ctt', name: 'CTT Correios de Portugal' },
  PL: { slug: 'poczta-polska', name: 'Poczta Polska' },
  SE: { slug: 'postnord', name: 'PostNord' },
  DK: { slug: 'postnord', name: 'PostNord' },
  NO: { slug: 'posten-norge', name: 'Posten Norge' },
  FI: { slug: 'posti', name: 'Posti' },
  NZ: { slug: 'new-zealand-post', name: 'NZ Post' },
  RU: { slug: 'russian-post', name: 'Russian Post' },
  UA: { slug: 'ukrposhta', name: 'Ukrposhta' },
  TR: { slug: 'ptt-posta', name: 'PTT' },
  IL: { slug: 'israel-post', name: 'Israel Post' },
  AE: { slug: 'emirates-post', name: 'Emirates Post' },
  TH: { slug: 'thailand-post', name: 'Thailand Post' },
  MY: { slug: 'malaysia-post', name: 'Pos Malaysia' },
  ID: { slug: 'pos-indonesia', name: 'Pos Indonesia' },
  VN: { slug: 'vnpost', name: 'Vietnam Post' },
  PH: { slug: 'phlpost', name: 'PHLPost' },
  CZ: { slug: 'ceska-posta', name: 'Česká pošta' },
  HU: { slug: 'magyar-posta', name: 'Magyar Posta' },
  GR: { slug: 'elta-courier', name: 'ELTA Hellenic Post' },
  ZA: { slug: 'sapo', name: 'South African Post Office' },
};

/** Postal operators that the registry lists besides the main catalogue. */
export function postalOperatorEntries(): Array<{ cc: string } & PostalOperator> {
  return Object.entries(POSTAL_OPERATORS).map(([cc, op]) => ({ cc, ...op }));
}
