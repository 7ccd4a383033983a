/** The private note agents see on hand-off: why, in which language, about what, and the question. */
import type { ConversationState } from '../../conversations/conversations-repository.js';
import type { Understanding } from '../understand.js';
import type { HandoffDecision } from './decide-handoff.js';

const REASONS: Record<string, string> = {
  human_request: 'the shopper asked for a person',
  abuse: 'abusive language',
  frustration: 'the shopper is frustrated',
  sensitive: 'sensitive topic',
  low_confidence: 'the assistant could not answer well',
  vip: 'VIP customer',
  complaint: 'complaint that needs a decision',
  needs_action: 'an action needs a person',
};

export function handoffSummary(input: { decision: HandoffDecision; u: Understanding; state: ConversationState; question: string; customerLabel: string | null; expectedAt: Date | null }): string {
  const { decision, u, state } = input;
  const reason = REASONS[decision.reason] ?? decision.reason;
  const lines = [
    `Hand-off: ${reason}${decision.topic ? ` (${decision.topic.replace('_', ' ')})` : ''}.`,
    `Language: ${u.locale} · intent: ${u.intent}${state.orderName ? ` · order ${state.orderName}` : ''}${input.customerLabel ? ` · customer ${input.customerLabel}` : ' · not signed in'}`,
    `Question: ${input.question.slice(0, 500)}`,
  ];
  if (input.expectedAt) lines.push(`Promised a reply from ${input.expectedAt.toISOString()}.`);
  return lines.join('\n');
}
