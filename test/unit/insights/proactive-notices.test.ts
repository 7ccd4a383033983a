import { describe, expect, it } from 'vitest';
import { applicableKinds, detectEvent } from '../../../server/src/insights/proactive/detect-event.js';
import { composeNotice, dutiesOnDelivery } from '../../../server/src/insights/proactive/compose-notice.js';
import { INSIGHTS_LOCALES } from '../../../server/src/insights/i18n.js';
import type { ShipmentView } from '../../../server/src/commerce/orders/types.js';
import type { LatenessAssessment } from '../../../server/src/commerce/tracking/lateness.js';

const ALL = { customs_hold: true, failed_attempt: true, lost: true, late: true };

function view(status: ShipmentView['status'], lateness: Partial<LatenessAssessment> | null): ShipmentView {
  const leg = { role: 'origin' as const, carrier: 'dhl', carrierName: 'DHL', trackingNumber: 'JD014600006281230689', trackingUrl: 'https://dhl.example/t', handedOverAt: null };
  return {
    trackingNumber: leg.trackingNumber, carrier: 'dhl', carrierName: 'DHL', trackingUrl: leg.trackingUrl, kind: 'outbound', status, statusDetail: null,
    expectedDelivery: '2026-11-19', deliveredAt: null, lastEventAt: '2026-11-20T10:00:00Z', shippedAt: '2026-11-10T10:00:00Z', shippingMethod: 'standard',
    warehouse: 'NL-RTM', destinationCountry: 'DE', lineItemIds: [], legs: [leg], currentLeg: leg, timeline: [],
    lateness: lateness === null ? null : ({ state: 'on_time', expectedBy: '2026-11-19', daysSinceLastEvent: 3, businessDaysLate: 0, lostAfterDays: 21, stalledAfterDays: 11, ...lateness } as LatenessAssessment),
  };
}

describe('which notice a parcel calls for', () => {
  it('lost beats a failed attempt, which beats customs, which beats late', () => {
    expect(applicableKinds(view('customs', { state: 'lost', businessDaysLate: 4 }))).toEqual(['lost', 'customs_hold']);
    expect(applicableKinds(view('failed_attempt', { state: 'late', businessDaysLate: 2 }))).toEqual(['failed_attempt']);
    expect(applicableKinds(view('customs', { state: 'late', businessDaysLate: 2 }))).toEqual(['customs_hold']);
    expect(applicableKinds(view('in_transit', { state: 'late', businessDaysLate: 2 }))).toEqual(['late']);
    expect(applicableKinds(view('in_transit', { state: 'stalled', businessDaysLate: 1 }))).toEqual(['late']);
    expect(applicableKinds(view('expired', null))).toEqual(['lost']);
  });

  it('stays quiet for parcels on time, delivered, waiting at a pickup point or out for delivery', () => {
    expect(applicableKinds(view('in_transit', { state: 'on_time' }))).toEqual([]);
    expect(applicableKinds(view('in_transit', { state: 'stalled', businessDaysLate: 0 }))).toEqual([]);
    expect(applicableKinds(view('delivered', { state: 'delivered', businessDaysLate: 3 }))).toEqual([]);
    expect(applicableKinds(view('available_for_pickup', { state: 'late', businessDaysLate: 2 }))).toEqual([]);
    expect(applicableKinds(view('out_for_delivery', { state: 'late', businessDaysLate: 1 }))).toEqual([]);
  });

  it('falls back to the next kind when the store turned one off', () => {
    expect(detectEvent(view('customs', { state: 'lost', businessDaysLate: 4 }), { ...ALL, lost: false })?.kind).toBe('customs_hold');
    expect(detectEvent(view('in_transit', { state: 'late', businessDaysLate: 2 }), { ...ALL, late: false })).toBeNull();
    expect(detectEvent(view('in_transit', { state: 'late', businessDaysLate: 2 }), ALL)?.facts).toMatchObject({ expectedBy: '2026-11-19', trackingNumber: 'JD014600006281230689', destinationCountry: 'DE' });
  });
});

describe('notice texts', () => {
  const facts = { trackingNumber: 'JD1', carrier: 'DHL', status: 'customs', trackingUrl: 'https://dhl.example/t', destinationCountry: 'JP', expectedBy: '2026-11-19', daysSinceLastEvent: 23, lostAfterDays: 21, businessDaysLate: 2 };
  const base = { facts, orderName: '#2024', storeName: 'Harbor & Hem', taxMode: 'duties_taxes_on_delivery', lostRemedies: ['reship', 'refund'] as const, lostAfterDays: 21 };

  it.each(INSIGHTS_LOCALES)('every kind reads complete in %s', (locale) => {
    for (const kind of ['customs_hold', 'failed_attempt', 'lost', 'late'] as const) {
      const n = composeNotice({ ...base, lostRemedies: [...base.lostRemedies], kind, locale });
      expect(n.locale).toBe(locale);
      expect(n.text).toContain('#2024');
      expect(n.text).not.toMatch(/\{\{|\}\}|undefined|null/);
      expect(n.emailSubject).toContain('#2024');
      expect(n.emailBody).toContain('Harbor & Hem');
    }
  });

  it('says what happens next under the store policy', () => {
    expect(composeNotice({ ...base, lostRemedies: ['reship', 'refund'], kind: 'customs_hold', locale: 'en' }).text).toMatch(/held by customs in Japan[\s\S]*may ask you to pay import duties/);
    expect(composeNotice({ ...base, lostRemedies: ['reship', 'refund'], taxMode: 'vat_included_ioss', kind: 'customs_hold', locale: 'de' }).text).toMatch(/Zoll in Japan[\s\S]*du musst also nichts zahlen/);
    expect(composeNotice({ ...base, lostRemedies: ['reship', 'refund'], kind: 'lost', locale: 'es' }).text).toMatch(/desde hace 23 días[\s\S]*un nuevo envío gratuito o el reembolso completo/);
    expect(composeNotice({ ...base, lostRemedies: ['refund'], kind: 'lost', locale: 'ja' }).text).toContain('全額返金からお選びいただけます');
    expect(composeNotice({ ...base, lostRemedies: ['reship', 'refund'], kind: 'late', locale: 'fr' }).text).toMatch(/au plus tard le 19 novembre 2026[\s\S]*pendant 21 jours/);
    expect(composeNotice({ ...base, lostRemedies: ['reship', 'refund'], kind: 'late', locale: 'ko' }).locale).toBe('en'); // no Korean texts yet
  });

  it('reads DAP markets as duties due on delivery', () => {
    expect(dutiesOnDelivery('duties_taxes_on_delivery')).toBe(true);
    expect(dutiesOnDelivery('DAP')).toBe(true);
    expect(dutiesOnDelivery('vat_included_ioss')).toBe(false);
    expect(dutiesOnDelivery(null)).toBe(false);
  });
});
