/**
 * US regional and marketplace carriers: Amazon Logistics, OnTrac, LaserShip, GOFO, Spee-Dee and Old
 * Dominion (LTL freight PRO numbers).
 */
import { alternatingDoubleMod10, lastDigitMatches, luhnMod10 } from '../check-digits.js';
import { patternFormat } from './types.js';

export const amazonLogistics = patternFormat({
  id: 'amazon-tba',
  name: 'Amazon Logistics (TBA / TBC / TBM + 12 digits)',
  carrier: 'amazon',
  pattern: /^TB[ACM]\d{12}$/,
  specificity: 3,
  prior: 30,
});

export const amazonInternational = patternFormat({
  id: 'amazon-international',
  name: 'Amazon international (A / C / F + 10 digits)',
  carrier: 'amazon',
  pattern: /^[ACF]\d{10}$/,
  specificity: 1,
  prior: 5,
});

/** OnTrac: the leading letter is part of the checked data (UPS letter values: C=4, D=5). */
const ontracCheck = (n: string): boolean => lastDigitMatches(n, alternatingDoubleMod10(n.slice(0, -1)));

export const ontracC = patternFormat({
  id: 'ontrac-c',
  name: 'OnTrac (C + 14 digits)',
  carrier: 'ontrac',
  pattern: /^C\d{14}$/,
  check: ontracCheck,
  specificity: 2,
  prior: 25,
});

export const ontracD = patternFormat({
  id: 'ontrac-d',
  name: 'OnTrac (D + 14 digits)',
  carrier: 'ontrac',
  pattern: /^D\d{14}$/,
  check: ontracCheck,
  specificity: 2,
  prior: 25,
});

export const lasershipL = patternFormat({
  id: 'lasership-l',
  name: 'LaserShip (L + letter + 8 digits)',
  carrier: 'lasership',
  pattern: /^L[AEHINX][1-3]\d{7}$/,
  specificity: 2,
  prior: 20,
});

export const lasership1ls7 = patternFormat({
  id: 'lasership-1ls7',
  name: 'LaserShip (1LS7…)',
  carrier: 'lasership',
  // 15 characters, or the 18-character form "…01x nnnnnn-1" whose dash normalisation removed.
  pattern: /^1LS7[12](?:\d{10}|\d{2}01[1-4]\d{6}1?)$/,
  specificity: 3,
  prior: 20,
});

export const lasership1lscx = patternFormat({
  id: 'lasership-1lscx',
  name: 'LaserShip (1LSCX…)',
  carrier: 'lasership',
  pattern: /^1LSCX[0-9A-Z]{10}$/,
  specificity: 3,
  prior: 20,
});

export const gofo = patternFormat({
  id: 'gofo-us',
  name: 'GOFO Express (GFUS + 14 digits)',
  carrier: 'gofo',
  pattern: /^GFUS\d{14}$/,
  specificity: 3,
  prior: 20,
});

export const speeDee = patternFormat({
  id: 'spee-dee',
  name: 'Spee-Dee (SP + 18 digits)',
  carrier: 'spee-dee',
  pattern: /^SP\d{18}$/,
  specificity: 3,
  prior: 20,
});

const luhnValid = (n: string): boolean => lastDigitMatches(n, luhnMod10(n.slice(0, -1)));

export const oldDominion = patternFormat({
  id: 'old-dominion',
  name: 'Old Dominion PRO number',
  carrier: 'old-dominion',
  pattern: /^(?:77[78]|072|780)\d{8}$/,
  check: luhnValid,
  specificity: 2,
  prior: 15,
});

export const oldDominionGuaranteed = patternFormat({
  id: 'old-dominion-guaranteed',
  name: 'Old Dominion Guaranteed PRO number',
  carrier: 'old-dominion',
  pattern: /^80\d{9}$/,
  check: luhnValid,
  specificity: 2,
  prior: 15,
  service: () => 'Guaranteed',
});

export const US_REGIONAL_FORMATS = [
  amazonLogistics,
  amazonInternational,
  ontracC,
  ontracD,
  lasershipL,
  lasership1ls7,
  lasership1lscx,
  gofo,
  speeDee,
  oldDominion,
  oldDominionGuaranteed,
];
