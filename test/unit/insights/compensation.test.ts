import { describe, expect, it } from 'vitest';
import { suggestRemedies, withinPolicy, type OrderMoney } from '../../../server/src/insights/compensation/suggest-remedies.js';
import { DEFAULT_INSIGHTS_SETTINGS } from '../../../server/src/insights/settings.js';
import { contactRules, isMarketplace } from '../../../server/src/insights/channel-rules.js';

const policy = DEFAULT_INSIGHTS_SETTINGS.compensation;
// 120.00 EUR order: 110.00 of goods, 10.00 shipping charged.
const eur: OrderMoney = { currency: 'EUR', decimals: 2, total: 120, subtotal: 110, reshipShipping: 10 };
const yen: OrderMoney = { currency: 'JPY', decimals: 0, total: 15999, subtotal: 14999, reshipShipping: 1000 };

describe('remedy suggestions', () => {
  it('prices each remedy the policy allows and recommends the cheapest', () => {
    expect(suggestRemedies('lost', eur, policy)).toEqual([
      { remedy: 'reship', amount: null, currency: 'EUR', estimatedCost: '54.00', recommended: true }, // 110 × 0.4 + 10
      { remedy: 'refund', amount: '120.00', currency: 'EUR', estimatedCost: '120.00', recommended: false },
    ]);
    expect(suggestRemedies('damaged', eur, policy).map((s) => [s.remedy, s.amount, s.estimatedCost, s.recommended])).toEqual([
      ['reship', null, '54.00', false],
      ['refund', '120.00', '120.00', false],
      ['partial_refund', '18.00', '18.00', true], // 15 % of 120
    ]);
    expect(suggestRemedies('late', yen, policy)).toEqual([
      { remedy: 'coupon', amount: '1500', currency: 'JPY', estimatedCost: '525', recommended: true }, // 10 % of 14 999, used 35 % of the time
      { remedy: 'partial_refund', amount: '2400', currency: 'JPY', estimatedCost: '2400', recommended: false },
    ]);
  });

  it('follows the store settings', () => {
    const stingy = { ...policy, remedies: { ...policy.remedies, late: ['coupon' as const] }, couponPercent: 5, couponRedemptionRate: 1 };
    expect(suggestRemedies('late', eur, stingy)).toEqual([{ remedy: 'coupon', amount: '5.50', currency: 'EUR', estimatedCost: '5.50', recommended: true }]);
  });

  it('knows what is inside the policy', () => {
    expect(withinPolicy('late', 'coupon', 11, eur, policy)).toBe(true);
    expect(withinPolicy('late', 'coupon', 12, eur, policy)).toBe(false); // more than 10 % of the goods
    expect(withinPolicy('late', 'refund', 120, eur, policy)).toBe(false); // not a remedy for lateness
    expect(withinPolicy('damaged', 'partial_refund', 36, eur, policy)).toBe(true); // 30 % cap
    expect(withinPolicy('damaged', 'partial_refund', 36.01, eur, policy)).toBe(false);
    expect(withinPolicy('lost', 'reship', null, eur, policy)).toBe(true);
  });
});

describe('sales channel rules', () => {
  it('never e-mails or asks marketplace buyers for feedback', () => {
    for (const channel of ['amazon', 'ebay', 'tiktok', 'Amazon']) {
      expect(contactRules({ channel })).toEqual({ email: false, feedbackRequest: false, reason: `marketplace_rules:${channel.toLowerCase()}` });
    }
    expect(contactRules({ channel: 'shopify', marketplace: 'amazon.de' }).feedbackRequest).toBe(false);
    expect(contactRules({ channel: 'shopify', marketplace: 'online-store' })).toEqual({ email: true, feedbackRequest: true, reason: null });
    expect(isMarketplace('erp')).toBe(false);
  });
});
