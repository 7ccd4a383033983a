import { describe, expect, it } from 'vitest';
import { DEFAULT_INSIGHTS_SETTINGS, parseInsightsSettings } from '../../../server/src/insights/settings.js';
import { daysOf, resolveScope } from '../../../server/src/insights/reports/report-scope.js';

const store = { id: 'shop', timezone: 'Europe/Madrid', profile: { markets: [{ code: 'UK', country_code: 'GB' }, { code: 'ES', country_code: 'es' }] } };

describe('insights settings', () => {
  it('falls back to defaults for missing or bad stored values, and refuses bad values from an admin', () => {
    expect(parseInsightsSettings(undefined)).toEqual(DEFAULT_INSIGHTS_SETTINGS);
    expect(parseInsightsSettings({ compensation: { couponPercent: 'lots' } }).compensation.couponPercent).toBe(10);
    expect(() => parseInsightsSettings({ compensation: { couponPercent: 'lots' } }, DEFAULT_INSIGHTS_SETTINGS, true)).toThrow(/couponPercent/);
    expect(() => parseInsightsSettings({ compensation: { remedies: { late: ['cash'] } } }, DEFAULT_INSIGHTS_SETTINGS, true)).toThrow(/remedies.late/);
    expect(() => parseInsightsSettings({ compensation: { partialRefundPercent: 40 } }, DEFAULT_INSIGHTS_SETTINGS, true)).toThrow(/maxPartialRefundPercent/);
  });

  it('keeps notices and feedback requests off until a store turns them on', () => {
    expect(DEFAULT_INSIGHTS_SETTINGS.proactive.enabled).toBe(false);
    expect(DEFAULT_INSIGHTS_SETTINGS.feedback.enabled).toBe(false);
  });
});

describe('report scope', () => {
  it('defaults to the last 30 local days, today included', () => {
    const scope = resolveScope(store, {}, new Date('2026-11-23T23:30:00Z')); // already the 24th in Madrid
    expect([scope.from, scope.to]).toEqual(['2026-10-26', '2026-11-24']);
    expect(scope.markets).toEqual([{ market: 'UK', country: 'GB' }, { market: 'ES', country: 'ES' }]);
  });

  it('turns local days into instants, across the end of summer time', () => {
    const scope = resolveScope(store, { from: '2026-10-25', to: '2026-10-25' }, new Date('2026-11-01T00:00:00Z'));
    expect(scope.start.toISOString()).toBe('2026-10-24T22:00:00.000Z'); // CEST
    expect(scope.end.toISOString()).toBe('2026-10-25T23:00:00.000Z'); // CET: a 25-hour day
    expect(daysOf({ from: '2026-12-30', to: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('rejects impossible dates and oversized ranges', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(() => resolveScope(store, { from: '2026-02-29' }, now)).toThrow(/from must be a date/);
    expect(() => resolveScope(store, { from: '2026-11-10', to: '2026-11-01' }, now)).toThrow(/must not be after/);
    expect(() => resolveScope(store, { from: '2024-01-01', to: '2026-11-01' }, now)).toThrow(/at most 400 days/);
  });
});
