import { describe, expect, it } from 'vitest';
import {
  detectCarriers,
  findTrackingNumbers,
  isValidFor,
  matchFormats,
  normalizeTrackingNumber,
  trackingUrl,
} from '../../../server/src/commerce/tracking/detect.js';

/** [number, carrier, format, check digit verified] — one or more per supported format. */
const VALID: Array<[string, string, string, boolean]> = [
  ['RB123456785GB', 'royal-mail', 'upu-s10', true],
  ['EE318402759CN', 'china-ems', 'upu-s10', true],
  ['LX608135291CN', 'china-post', 'upu-s10', true],
  ['EJ720518460JP', 'japan-post', 'upu-s10', true],
  ['CP401277391FR', 'colissimo', 'upu-s10', true],
  ['RR123456706US', 'usps', 'upu-s10', true],
  ['CX112233447DE', 'dhl-germany', 'upu-s10', true],
  ['RR246813576CV', 'post-cv', 'upu-s10', true],
  ['1Z999AA10123456784', 'ups', 'ups-1z', true],
  ['1Z4Y97F20366128736', 'ups', 'ups-1z', true],
  ['K2468135793', 'ups', 'ups-waybill', true],
  ['9400111899223850174167', 'usps', 'usps-impb', true],
  ['92055901649173127510891236', 'usps', 'usps-impb', true],
  ['420902109400111899223850174167', 'usps', 'usps-impb', true],
  ['4209021012349400111899223850174167', 'usps', 'usps-impb', true],
  ['71123456789123456787', 'usps', 'usps-20', true],
  ['22345678901234567899', 'usps', 'usps-20', true],
  ['772318409566', 'fedex', 'fedex-express-12', true],
  ['1001234567890129021077231840956616', 'fedex', 'fedex-express-34', true],
  ['31234512345678907723184095662014', 'fedex', 'fedex-astra-32', true],
  ['041441760228964', 'fedex', 'fedex-ground-15', true],
  ['9612345041441760228964', 'fedex', 'fedex-ground-96', true],
  ['9622001560001234567177231840956616', 'fedex', 'fedex-ground-gsn-34', true],
  ['006123456789012345', 'fedex', 'fedex-sscc-18', true],
  ['00006123456789012345', 'fedex', 'fedex-sscc-20', true],
  ['5203847165', 'dhl', 'dhl-express-10', true],
  ['73845192035', 'dhl', 'dhl-express-11', true],
  ['JJD0012345678', 'dhl', 'dhl-express-piece', false],
  ['00340434123456789012', 'dhl-germany', 'dhl-paket-20', true],
  ['201298452277', 'dhl-germany', 'dhl-paket-12', true],
  ['GM6050123456789012', 'dhl-ecommerce', 'dhl-ecommerce', false],
  ['12345678901234', 'dhl-ecommerce', 'dhl-ecommerce-14', false],
  ['YT2640175839261047', 'yunexpress', 'yunexpress', false],
  ['4PX3000123456789', '4px', '4px', false],
  ['LP00123456789012', 'cainiao', 'cainiao-lp', false],
  ['CNES1234567890123HD', 'cainiao', 'cainiao-cn', false],
  ['382051947723', 'yamato', 'yamato-12', true],
  ['382051947723', 'japan-post', 'japan-post-12', true],
  ['33ABC1234567', 'australia-post', 'australia-post-33', false],
  ['7023456789012343', 'canada-post', 'canada-post-16', true],
  ['212345678909', 'purolator', 'purolator-12', true],
  ['ABC123456789', 'purolator', 'purolator-alpha', false],
  ['D123456789012345678901', 'canpar', 'canpar-22', false],
  ['6A12345678901', 'colissimo', 'colissimo-13', false],
  ['PQ4B7C1234567890123456X', 'correos', 'correos-pq', false],
  ['3SABCD1234567', 'postnl', 'postnl-3s', false],
  ['010471101234567890123101276U', 'dpd', 'dpd-28', true],
  ['01015026003653C', 'dpd', 'dpd-14', true],
  ['JJD0001234567890123', 'yodel', 'yodel', false],
  ['LTN12345678N1', 'landmark-global', 'landmark-ltn', false],
  ['TBA123456789012', 'amazon', 'amazon-tba', false],
  ['C1234567890', 'amazon', 'amazon-international', false],
  ['C12345678901236', 'ontrac', 'ontrac-c', true],
  ['D98765432109875', 'ontrac', 'ontrac-d', true],
  ['LX21234567', 'lasership', 'lasership-l', false],
  ['1LS712345678901', 'lasership', 'lasership-1ls7', false],
  ['1LSCXAB12345678', 'lasership', 'lasership-1lscx', false],
  ['GFUS12345678901234', 'gofo', 'gofo-us', false],
  ['SP123456789012345678', 'spee-dee', 'spee-dee', false],
  ['77712345675', 'old-dominion', 'old-dominion', true],
  ['80123456784', 'old-dominion', 'old-dominion-guaranteed', true],
];

describe('detectCarriers: every supported format', () => {
  it.each(VALID)('%s → %s (%s)', (number, carrier, format, verified) => {
    const match = matchFormats(number).find((m) => m.format === format && m.carrier === carrier);
    expect(match, `no ${format} match`).toBeDefined();
    expect(match?.checkDigitVerified).toBe(verified);
    expect(isValidFor(number, carrier)).toBe(true);
    expect(detectCarriers(number).map((m) => m.carrier)).toContain(carrier);
  });

  /** [format, index of the check character] for formats whose check digit rejects a typo. */
  const checked = VALID.filter(([, , format, verified]) => verified && format !== 'usps-20' && format !== 'canada-post-16');
  it.each(checked)('%s: every other check digit is rejected by %s', (number, carrier, format) => {
    const checkAt = format === 'fedex-astra-32' ? 27 : format === 'upu-s10' ? 10 : number.length - 1;
    for (const digit of '0123456789') {
      if (digit === number[checkAt]) continue;
      const typo = number.slice(0, checkAt) + digit + number.slice(checkAt + 1);
      const accepted = matchFormats(typo).filter((m) => m.format === format && m.carrier === carrier);
      expect(accepted, typo).toEqual([]);
    }
  });

  it('USPS 20-digit numbers may omit the "91" their check digit covers, and nothing else passes', () => {
    const body = '2234567890123456789';
    const passing = [...'0123456789'].filter((d) => matchFormats(body + d).some((m) => m.format === 'usps-20'));
    expect(passing).toHaveLength(2);
    const services = passing.map((d) => matchFormats(body + d).find((m) => m.format === 'usps-20')?.service);
    expect(services).toEqual(expect.arrayContaining(['Delivery Confirmation (20 digits)', 'Legacy (91 prefix omitted)']));
  });

  it('Canada Post keeps a 16-digit number whose check digit fails as an unverified match, unless strict', () => {
    const typo = '7023456789012344';
    const [match] = detectCarriers(typo);
    expect(match).toMatchObject({ carrier: 'canada-post', checkDigitVerified: false, checkDigitMismatch: true });
    expect(detectCarriers(typo, { strict: true })).toEqual([]);
    expect(isValidFor(typo, 'canada-post', { strict: true })).toBe(false);
    expect(isValidFor('7023456789012343', 'canada-post', { strict: true })).toBe(true);
  });

  it('an S10 number needs a real country code', () => {
    expect(detectCarriers('RB123456785XX')).toEqual([]);
    expect(detectCarriers('RB123456785GB')[0]).toMatchObject({ carrier: 'royal-mail', originCountry: 'GB', service: 'Registered letter' });
  });

  it('EMS from China is China EMS, other Chinese postal items China Post', () => {
    expect(detectCarriers('EE318402759CN')[0]).toMatchObject({ carrier: 'china-ems', carrierName: 'China EMS', service: 'EMS' });
    expect(detectCarriers('LX608135291CN')[0]?.carrier).toBe('china-post');
  });
});

describe('normalisation', () => {
  it('removes spaces, dashes and dots and upper-cases', () => {
    expect(normalizeTrackingNumber(' 1z 999-aa1.01 2345 6784 ')).toBe('1Z999AA10123456784');
  });

  it('reads full-width digits and letters typed on Japanese or Chinese keyboards', () => {
    expect(normalizeTrackingNumber('ＥＪ７２０５１８４６０ＪＰ')).toBe('EJ720518460JP');
    expect(detectCarriers('ＥＪ７２０５１８４６０ＪＰ')[0]?.carrier).toBe('japan-post');
  });

  it('rejects other characters and implausible lengths', () => {
    expect(normalizeTrackingNumber('1Z999AA1/0123456784')).toBeNull();
    expect(normalizeTrackingNumber('12345')).toBeNull();
    expect(detectCarriers('hello world')).toEqual([]);
  });
});

describe('ranking of ambiguous numbers', () => {
  it('a shape that fits several carriers returns all of them, verified check digits first', () => {
    const carriers = detectCarriers('382051947723').map((m) => m.carrier);
    expect(carriers).toEqual(expect.arrayContaining(['fedex', 'yamato', 'japan-post']));
    const matches = detectCarriers('00340434123456789012');
    expect(matches[0]?.carrier).toBe('dhl-germany'); // its DHL prefix beats "any 20 digits"
    const withUnverified = detectCarriers('CNES1234567890123HD');
    expect(withUnverified.every((m) => !m.checkDigitVerified)).toBe(true);
  });

  it('verified matches always come before unverified ones', () => {
    for (const [number] of VALID) {
      const matches = detectCarriers(number);
      const firstUnverified = matches.findIndex((m) => !m.checkDigitVerified);
      if (firstUnverified >= 0) expect(matches.slice(firstUnverified).every((m) => !m.checkDigitVerified)).toBe(true);
    }
  });

  it('country hints raise domestic carriers of those countries and lower others', () => {
    const number = '382051947723';
    expect(detectCarriers(number)[0]?.carrier).toBe('fedex');
    const japan = detectCarriers(number, { countries: ['CN', 'JP'] });
    expect(japan[0]?.carrier).toBe('yamato');
    expect(japan[0]?.tier).toBe(japan[1]?.tier); // Yamato and Japan Post stay equally plausible
    expect(japan.findIndex((m) => m.carrier === 'fedex')).toBeGreaterThan(1);
    expect(detectCarriers(number, { countries: ['US'] })[0]?.carrier).toBe('fedex');
  });

  it('UK (the store market code) is read as GB in hints', () => {
    const tier = (countries: string[]): number | undefined => detectCarriers('RB123456785GB', { countries })[0]?.tier;
    expect(tier(['UK'])).toBe(tier(['GB']));
    expect(tier(['UK'])).toBeGreaterThan(tier([]) ?? Infinity);
  });
});

describe('isValidFor and trackingUrl', () => {
  it('accepts slugs, aliases and carrier names', () => {
    expect(isValidFor('00340434123456789012', 'DHL Paket')).toBe(true);
    expect(isValidFor('00340434123456789012', 'dhl')).toBe(false);
    expect(isValidFor('1Z999AA10123456785', 'ups')).toBe(false);
  });

  it('builds carrier tracking pages with the normalised number', () => {
    expect(trackingUrl('ups', '1z 999 aa1 01 2345 6784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(trackingUrl('yamato', '3820-5194-7723')).toBe('https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01=382051947723');
    expect(trackingUrl('no-such-carrier', '123')).toBeNull();
    expect(detectCarriers('RR246813576CV')[0]?.trackingUrl).toContain('RR246813576CV');
  });
});

describe('findTrackingNumbers in free text', () => {
  it('finds numbers written with spaces inside a sentence', () => {
    const found = findTrackingNumbers('Hi! My parcel 1Z 999 AA1 01 2345 6784 and the other one TT 527 183 646 GB, order 1234.');
    expect(found.map((f) => [f.text, f.matches[0]?.carrier])).toEqual([
      ['1Z 999 AA1 01 2345 6784', 'ups'],
      ['TT 527 183 646 GB', 'royal-mail'],
    ]);
  });

  it('does not glue ordinary words into a number', () => {
    expect(findTrackingNumbers('where is my order from last week')).toEqual([]);
    expect(findTrackingNumbers('本日 ＹＴ２６４０１７５８３９２６１０４７ 届きますか')[0]?.matches[0]?.carrier).toBe('yunexpress');
  });
});
