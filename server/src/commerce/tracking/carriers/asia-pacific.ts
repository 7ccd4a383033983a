/**
 * Carriers of the cross-border lines from China (YunExpress, 4PX, Cainiao) and last-mile carriers
 * in Japan and Australia. China Post, China EMS and Japan Post international items are UPU S10.
 */
import { lastDigitMatches, mod7 } from '../check-digits.js';
import { patternFormat } from './types.js';

const mod7Valid = (n: string): boolean => lastDigitMatches(n, mod7(n.slice(0, -1)));

export const yunExpress = patternFormat({
  id: 'yunexpress',
  name: 'YunExpress (YT + 16 digits)',
  carrier: 'yunexpress',
  pattern: /^YT\d{16}$/,
  specificity: 3,
  prior: 30,
});

export const fourPx = patternFormat({
  id: '4px',
  name: '4PX (4PX + digits)',
  carrier: '4px',
  pattern: /^4PX\d{10,16}(?:CN)?$/,
  specificity: 3,
  prior: 30,
});

export const cainiaoLp = patternFormat({
  id: 'cainiao-lp',
  name: 'Cainiao (LP + 14 digits)',
  carrier: 'cainiao',
  pattern: /^LP\d{14}$/,
  specificity: 3,
  prior: 25,
});

export const cainiaoCn = patternFormat({
  id: 'cainiao-cn',
  name: 'Cainiao (CN + destination country + digits)',
  carrier: 'cainiao',
  // e.g. CNFR9010…HD: destination country code, serial digits, optional service suffix.
  pattern: /^CN[A-Z]{2}\d{10,16}[A-Z]{0,2}$/,
  specificity: 2,
  prior: 15,
});

/** Japanese domestic numbers: 11 digits + check digit (modulo 7), shared by Yamato and Japan Post. */
export const yamato12 = patternFormat({
  id: 'yamato-12',
  name: 'Yamato Transport (12 digits)',
  carrier: 'yamato',
  pattern: /^\d{12}$/,
  check: mod7Valid,
  specificity: 1,
  prior: 11,
});

export const japanPost12 = patternFormat({
  id: 'japan-post-12',
  name: 'Japan Post domestic (12 digits)',
  carrier: 'japan-post',
  pattern: /^\d{12}$/,
  check: mod7Valid,
  specificity: 1,
  prior: 10,
});

export const australiaPost = patternFormat({
  id: 'australia-post-33',
  name: 'Australia Post (33 + 3 letters + 7 digits)',
  carrier: 'australia-post',
  pattern: /^33[A-Z]{3}\d{7}$/,
  specificity: 3,
  prior: 25,
});

export const ASIA_PACIFIC_FORMATS = [yunExpress, fourPx, cainiaoLp, cainiaoCn, yamato12, japanPost12, australiaPost];
