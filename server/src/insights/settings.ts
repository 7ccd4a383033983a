/**
 * A store's insights settings (`stores.settings.insights`): which proactive notices go out and how,
 * post-delivery feedback requests, and the compensation policy agents are offered. Missing values take
 * the defaults below; a PUT replaces only the sections it names.
 */
import type { Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';
import { forgetStoreRow } from '../repositories/store-row-cache.js';

export const PROACTIVE_KINDS = ['customs_hold', 'failed_attempt', 'lost', 'late'] as const;
export type ProactiveKind = (typeof PROACTIVE_KINDS)[number];

export const PROBLEMS = ['late', 'lost', 'damaged', 'wrong_item'] as const;
export type Problem = (typeof PROBLEMS)[number];

export const REMEDIES = ['reship', 'refund', 'partial_refund', 'coupon'] as const;
export type Remedy = (typeof REMEDIES)[number];

export interface InsightsSettings {
  proactive: {
    enabled: boolean;
    /** Which events notify the shopper. */
    events: Record<ProactiveKind, boolean>;
    /** Also e-mail the notice (own-store orders with an address; never marketplace orders). */
    email: boolean;
  };
  feedback: {
    enabled: boolean;
    /** Days after delivery before asking. */
    delayDays: number;
    email: boolean;
  };
  compensation: {
    /** Remedies within policy for each problem. */
    remedies: Record<Problem, Remedy[]>;
    /** Coupon value as a share of the order's merchandise subtotal, in percent. */
    couponPercent: number;
    /** Partial refund offered by default, in percent of the order total. */
    partialRefundPercent: number;
    /** The largest partial refund within policy, in percent. */
    maxPartialRefundPercent: number;
    /** What the goods cost the store, as a share of their price (for reshipment cost). */
    costOfGoodsRatio: number;
    /** Share of coupons that get used (a coupon's expected cost). */
    couponRedemptionRate: number;
  };
}

export const DEFAULT_INSIGHTS_SETTINGS: InsightsSettings = {
  // Opt-in: notices go to real shoppers (and by e-mail), so a store switches them on deliberately.
  proactive: { enabled: false, events: { customs_hold: true, failed_attempt: true, lost: true, late: true }, email: true },
  feedback: { enabled: false, delayDays: 3, email: true },
  compensation: {
    remedies: {
      late: ['coupon', 'partial_refund'],
      lost: ['reship', 'refund'],
      damaged: ['reship', 'refund', 'partial_refund'],
      wrong_item: ['reship', 'refund'],
    },
    couponPercent: 10,
    partialRefundPercent: 15,
    maxPartialRefundPercent: 30,
    costOfGoodsRatio: 0.4,
    couponRedemptionRate: 0.35,
  },
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

function number(v: unknown, fallback: number, min: number, max: number, name: string, strict: boolean): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    if (strict) throw new ParleyError('VALIDATION', `${name} must be a number from ${min} to ${max}`);
    return fallback;
  }
  return v;
}

function remedies(v: unknown, fallback: Remedy[], name: string, strict: boolean): Remedy[] {
  if (v === undefined) return fallback;
  const valid = Array.isArray(v) && v.every((r) => (REMEDIES as readonly unknown[]).includes(r));
  if (!valid) {
    if (strict) throw new ParleyError('VALIDATION', `${name} must be a list of ${REMEDIES.join(', ')}`);
    return fallback;
  }
  return [...new Set(v as Remedy[])];
}

/** Settings from stored JSON (lenient: bad values fall back) or from an admin's PUT (strict: bad values are errors). */
export function parseInsightsSettings(raw: unknown, base: InsightsSettings = DEFAULT_INSIGHTS_SETTINGS, strict = false): InsightsSettings {
  const r = obj(raw);
  const p = obj(r.proactive);
  const f = obj(r.feedback);
  const c = obj(r.compensation);
  const events = obj(p.events);
  const rem = obj(c.remedies);
  const compensation = {
    remedies: Object.fromEntries(PROBLEMS.map((problem) => [problem, remedies(rem[problem], base.compensation.remedies[problem], `compensation.remedies.${problem}`, strict)])) as Record<Problem, Remedy[]>,
    couponPercent: number(c.couponPercent, base.compensation.couponPercent, 0, 100, 'compensation.couponPercent', strict),
    partialRefundPercent: number(c.partialRefundPercent, base.compensation.partialRefundPercent, 0, 100, 'compensation.partialRefundPercent', strict),
    maxPartialRefundPercent: number(c.maxPartialRefundPercent, base.compensation.maxPartialRefundPercent, 0, 100, 'compensation.maxPartialRefundPercent', strict),
    costOfGoodsRatio: number(c.costOfGoodsRatio, base.compensation.costOfGoodsRatio, 0, 1, 'compensation.costOfGoodsRatio', strict),
    couponRedemptionRate: number(c.couponRedemptionRate, base.compensation.couponRedemptionRate, 0, 1, 'compensation.couponRedemptionRate', strict),
  };
  if (compensation.partialRefundPercent > compensation.maxPartialRefundPercent) {
    if (strict) throw new ParleyError('VALIDATION', 'compensation.partialRefundPercent must not exceed compensation.maxPartialRefundPercent');
    compensation.partialRefundPercent = compensation.maxPartialRefundPercent;
  }
  return {
    proactive: {
      enabled: bool(p.enabled, base.proactive.enabled),
      events: Object.fromEntries(PROACTIVE_KINDS.map((k) => [k, bool(events[k], base.proactive.events[k])])) as Record<ProactiveKind, boolean>,
      email: bool(p.email, base.proactive.email),
    },
    feedback: {
      enabled: bool(f.enabled, base.feedback.enabled),
      delayDays: Math.round(number(f.delayDays, base.feedback.delayDays, 0, 60, 'feedback.delayDays', strict)),
      email: bool(f.email, base.feedback.email),
    },
    compensation,
  };
}

export function insightsSettingsOf(store: { settings: Json }): InsightsSettings {
  return parseInsightsSettings(store.settings.insights);
}

/** Applies an admin's changes on top of the current settings and stores the result. */
export async function saveInsightsSettings(q: Queryable, store: { id: string; settings: Json }, patch: unknown): Promise<InsightsSettings> {
  const next = parseInsightsSettings(patch, insightsSettingsOf(store), true);
  await q.query(`UPDATE stores SET settings = settings || jsonb_build_object('insights', $2::jsonb), updated_at = now() WHERE id = $1`, [store.id, JSON.stringify(next)]);
  forgetStoreRow(store.id);
  return next;
}
