/**
 * ISO 3166 alpha-3 → alpha-2 for the countries providers report most (AfterShip sends alpha-3).
 * Unknown codes map to null rather than to a guess.
 */
const ALPHA3: Record<string, string> = {
  USA: 'US', CAN: 'CA', MEX: 'MX', GBR: 'GB', IRL: 'IE', DEU: 'DE', FRA: 'FR', ESP: 'ES', ITA: 'IT',
  NLD: 'NL', BEL: 'BE', LUX: 'LU', AUT: 'AT', CHE: 'CH', PRT: 'PT', POL: 'PL', CZE: 'CZ', SWE: 'SE',
  DNK: 'DK', NOR: 'NO', FIN: 'FI', GRC: 'GR', HUN: 'HU', ROU: 'RO', CHN: 'CN', HKG: 'HK', MAC: 'MO',
  TWN: 'TW', JPN: 'JP', KOR: 'KR', SGP: 'SG', MYS: 'MY', THA: 'TH', VNM: 'VN', PHL: 'PH', IDN: 'ID',
  IND: 'IN', AUS: 'AU', NZL: 'NZ', BRA: 'BR', ARE: 'AE', SAU: 'SA', ISR: 'IL', TUR: 'TR', ZAF: 'ZA',
};

export function countryFromIso3(code: string | null): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  if (upper.length === 2) return upper;
  return ALPHA3[upper] ?? null;
}
