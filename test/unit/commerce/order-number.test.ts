import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePostcode, orderNameCandidates } from '../../../server/src/commerce/access/order-number.js';

describe('order numbers as shoppers type them', () => {
  it('finds the stored name with or without #, words and full-width digits', () => {
    expect(orderNameCandidates('1019')).toContain('#1019');
    expect(orderNameCandidates('#1019')).toContain('#1019');
    expect(orderNameCandidates(' order #1019 ')).toContain('#1019');
    expect(orderNameCandidates('Bestellung Nr. 1019')).toContain('#1019');
    expect(orderNameCandidates('＃１０１９')).toContain('#1019');
    expect(orderNameCandidates('注文番号 1019')).toContain('#1019');
  });

  it('restores the dashes of an Amazon order id', () => {
    expect(orderNameCandidates('11218470098620200')).toContain('112-1847009-8620200');
    expect(orderNameCandidates('112-1847009-8620200')).toContain('112-1847009-8620200');
  });

  it('returns nothing for empty or absurdly long input', () => {
    expect(orderNameCandidates('   ')).toEqual([]);
    expect(orderNameCandidates('#')).toEqual([]);
    expect(orderNameCandidates('9'.repeat(80))).toEqual([]);
  });

  it('compares postcodes and emails loosely but exactly', () => {
    expect(normalizePostcode('m14 5tq')).toBe(normalizePostcode('M14 5TQ'));
    expect(normalizePostcode('530-0041')).toBe('5300041');
    expect(normalizePostcode('５３０ー００４１')).toBe('5300041');
    expect(normalizePostcode('20251')).not.toBe(normalizePostcode('20252'));
    expect(normalizeEmail(' Anna.Becker@Example.NET ')).toBe('anna.becker@example.net');
  });
});
