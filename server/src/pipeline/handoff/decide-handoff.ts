/**
 * When the conversation should go to a person. Checked twice per turn: before answering (the shopper
 * asked for a person, is upset, or raised a topic only humans handle) and after (the assistant could
 * not answer well, repeatedly; or what it found needs a person, like a lost parcel).
 */
import type { HandoffRules } from './handoff-rules.js';

export type HandoffReason =
  | 'human_request'
  | 'abuse'
  | 'frustration'
  | 'sensitive'
  | 'low_confidence'
  | 'vip'
  | 'complaint'
  | 'needs_action';

export interface HandoffDecision {
  reason: HandoffReason;
  /** The sensitive topic, when reason is 'sensitive'. */
  topic?: string;
}

export interface PreAnswerSignals {
  humanRequest: boolean;
  frustration: number;
  abuse: boolean;
  sensitiveTopics: string[];
  isVip: boolean;
}

export function decideBeforeAnswer(rules: HandoffRules, humanOnlyTopics: string[], s: PreAnswerSignals): HandoffDecision | null {
  if (s.humanRequest) return { reason: 'human_request' };
  if (s.abuse) return { reason: 'abuse' };
  if (rules.onFrustration && s.frustration >= 2) return { reason: 'frustration' };
  const topics = new Set([...rules.sensitiveTopics, ...humanOnlyTopics]);
  const topic = s.sensitiveTopics.find((t) => topics.has(t));
  if (topic) return { reason: 'sensitive', topic };
  if (s.isVip && rules.vip === 'always') return { reason: 'vip' };
  return null;
}

export interface PostAnswerSignals {
  /** Consecutive turns (this one included) the assistant could not answer confidently. */
  lowConfidenceStreak: number;
  /** The skill found something a person must handle (lost parcel, damaged item, approval). */
  skillNeedsHuman: HandoffReason | null;
  isVip: boolean;
  intent: string;
  frustration: number;
}

export function decideAfterAnswer(rules: HandoffRules, s: PostAnswerSignals): HandoffDecision | null {
  if (s.skillNeedsHuman) return { reason: s.skillNeedsHuman };
  if (s.lowConfidenceStreak >= rules.lowConfidenceTurns) return { reason: 'low_confidence' };
  if (s.isVip && rules.vip === 'on_friction' && (s.intent === 'complaint' || s.lowConfidenceStreak > 0 || s.frustration > 0)) return { reason: 'vip' };
  return null;
}
