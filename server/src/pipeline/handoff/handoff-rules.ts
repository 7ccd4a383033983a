/**
 * Per-store hand-off rules (stores.settings.handoff), with the defaults a cross-border store wants.
 * Documented in the README ("Hand-off policy"); unknown or malformed values fall back to defaults.
 */
export type VipRule = 'always' | 'on_friction' | 'never';

export interface HandoffRules {
  /** Hand off when the shopper is frustrated (abuse always hands off). */
  onFrustration: boolean;
  /** Unanswered or low-confidence turns in a row before handing off. */
  lowConfidenceTurns: number;
  /** Topics that always go to a person. Store's human_only_topics are added to these. */
  sensitiveTopics: string[];
  /** VIP customers (tag `vip`): hand off every conversation, only on the first sign of friction, or never. */
  vip: VipRule;
  /** Customer tags treated as VIP. */
  vipTags: string[];
}

export const DEFAULT_HANDOFF_RULES: HandoffRules = {
  onFrustration: true,
  lowConfidenceTurns: 2,
  sensitiveTopics: ['chargeback', 'legal', 'wholesale', 'press', 'data_deletion', 'damaged_item'],
  vip: 'on_friction',
  vipTags: ['vip'],
};

export function handoffRules(raw: unknown): HandoffRules {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: string[]) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback);
  return {
    onFrustration: typeof r.onFrustration === 'boolean' ? r.onFrustration : DEFAULT_HANDOFF_RULES.onFrustration,
    lowConfidenceTurns:
      typeof r.lowConfidenceTurns === 'number' && r.lowConfidenceTurns >= 1 && r.lowConfidenceTurns <= 10 ? Math.floor(r.lowConfidenceTurns) : DEFAULT_HANDOFF_RULES.lowConfidenceTurns,
    sensitiveTopics: strings(r.sensitiveTopics, DEFAULT_HANDOFF_RULES.sensitiveTopics),
    vip: r.vip === 'always' || r.vip === 'never' || r.vip === 'on_friction' ? r.vip : DEFAULT_HANDOFF_RULES.vip,
    vipTags: strings(r.vipTags, DEFAULT_HANDOFF_RULES.vipTags),
  };
}
