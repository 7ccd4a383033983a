/**
 * European domestic formats: Colissimo, Correos, PostNL, DPD, Yodel and Landmark Global. Royal Mail,
 * La Poste, Deutsche Post and other posts' international items are UPU S10 (upu-s10.ts); DHL Paket
 * is in dhl.ts.
 */
import { iso7064Mod37_36 } from '../check-digits.js';
import { patternFormat } from './types.js';

export const colissimo = patternFormat({
  id: 'colissimo-13',
  name: 'Colissimo (digit + letter + 11 digits)',
  carrier: 'colissimo',
  // e.g. 6A…, 8R…: the final digit is a check digit whose algorithm La Poste does not publish.
  pattern: /^[5-9][A-Z]\d{11}$/,
  specificity: 2,
  prior: 20,
});

export const correos = patternFormat({
  id: 'correos-pq',
  name: 'Correos (PQ…, 23 characters)',
  carrier: 'correos',
  // PQ + 4-character customer code + 16 digits + control letter.
  pattern: /^PQ[0-9A-Z]{4}\d{16}[A-Z]$/,
  specificity: 3,
  prior: 25,
});

export const postnl3s = patternFormat({
  id: 'postnl-3s',
  name: 'PostNL (3S…)',
  carrier: 'postnl',
  pattern: /^3S[A-Z]{1,4}\d{7,11}$/,
  specificity: 3,
  prior: 25,
});

/** DPD's check character covers every character before it (ISO 7064 MOD 37,36). */
const dpdCheck = (n: string): boolean => iso7064Mod37_36(n.slice(0, -1)) === n.slice(-1);

export const dpd28 = patternFormat({
  id: 'dpd-28',
  name: 'DPD parcel label (28 characters)',
  carrier: 'dpd',
  // Destination postcode (7) + parcel number (14) + service (3) + ISO numeric country (3) + check.
  pattern: /^\d{27}[0-9A-Z]$/,
  check: dpdCheck,
  specificity: 2,
  prior: 20,
});

export const dpd14 = patternFormat({
  id: 'dpd-14',
  name: 'DPD parcel number (14 digits + check character)',
  carrier: 'dpd',
  pattern: /^\d{14}[0-9A-Z]$/,
  check: dpdCheck,
  specificity: 1,
  prior: 20,
});

export const yodel = patternFormat({
  id: 'yodel',
  name: 'Yodel (JD / JJD + 16 digits)',
  carrier: 'yodel',
  pattern: /^J?JD\d{16}$/,
  specificity: 3,
  prior: 20,
});

export const landmarkGlobal = patternFormat({
  id: 'landmark-ltn',
  name: 'Landmark Global (LTN…)',
  carrier: 'landmark-global',
  pattern: /^LTN\d{8}N\d$/,
  specificity: 3,
  prior: 20,
});

export const EUROPE_FORMATS = [colissimo, correos, postnl3s, dpd28, dpd14, yodel, landmarkGlobal];
