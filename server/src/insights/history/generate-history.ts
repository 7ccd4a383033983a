/**
 * Realistic conversation history for a store, one local day at a time: shoppers from the store's
 * markets writing in their languages at their local hours; the assistant answering most questions,
 * failing on some (including topics the help center does not cover), handing off complaints,
 * requests for a person and actions; agents replying in business hours, resolving, sometimes reopened;
 * ratings that get worse the longer people waited. Deterministic for a given seed (except row ids).
 */
import { randomUUID } from 'node:crypto';
import { merge, teamOpenIntervals } from '../../support-hours/intervals.js';
import { zonedParts, zonedTimeToInstant, addDays } from '../../support-hours/zoned-time.js';
import type { BusinessHours } from '../reports/business-time.js';
import type { History, HistoryConversation, HistoryMessage, HistoryRating, HistoryTurn } from './insert-history.js';
import { AGENT_REPLY, ASSISTANT_ANSWER, ASSISTANT_UNSURE, GAP_TOPICS, QUESTIONS, RATING_COMMENTS, SHOPPER_STILL_STUCK, SHOPPER_THANKS, type HistoryLocale } from './phrases.js';
import { Random } from './random.js';
import { MARKETS, WEEKDAY_WEIGHTS, randomLocalMinute, randomShopper, type ShopperProfile } from './shoppers.js';

export interface HistoryCustomer extends ShopperProfile {
  id: string;
}

export interface HistoryAgent {
  id: string;
  name: string;
  languages: readonly string[];
}

export interface HistoryPlan {
  storeId: string;
  storeTimeZone: string;
  /** Conversations start on the `days` local days ending with the day of `end`, and never after `end`. */
  end: Date;
  days: number;
  conversationsPerDay: number;
  seed: number;
  markets: readonly string[];
  agents: readonly HistoryAgent[];
  customers: readonly HistoryCustomer[];
  orderNames: readonly string[];
  hours: BusinessHours | null;
  /** Share of conversations from signed-in customers (default 0.55). */
  identifiedShare?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const INTENT_WEIGHTS = {
  tracking: 28, shipping: 13, returns: 14, size: 10, presale: 8, order_change: 7, payment: 5, complaint: 6, human: 3, other: 4, gap: 7,
} as const;
/** Chance the assistant answers the first question of each intent. */
const ANSWERED: Record<string, number> = {
  tracking: 0.88, shipping: 0.92, returns: 0.87, size: 0.78, presale: 0.72, order_change: 0.8, payment: 0.78, complaint: 0.9, human: 1, other: 0.55,
};
/** Chance an answered first turn still needs a person, and why. */
const NEEDS_HUMAN: Record<string, [number, string]> = {
  complaint: [0.7, 'complaint'], order_change: [0.45, 'needs_action'], tracking: [0.1, 'needs_action'], payment: [0.15, 'sensitive:billing'],
};

interface Shopper extends ShopperProfile {
  customerId: string | null;
  visitorId: string;
}

export class HistoryGenerator {
  private readonly random: Random;
  private readonly openIntervals: Array<{ start: number; end: number }>;
  private pendingFollowUps: Array<{ at: number; shopper: Shopper; intent: string }> = [];

  constructor(private readonly plan: HistoryPlan) {
    this.random = new Random(plan.seed);
    const from = plan.end.getTime() - (plan.days + 2) * DAY;
    const to = plan.end.getTime() + 30 * DAY;
    this.openIntervals = plan.hours && plan.hours.teams.length ? merge(plan.hours.teams.flatMap((t) => teamOpenIntervals(t, plan.hours!.holidays, from, to))) : [];
  }

  /** Local days of the plan, oldest first, each with its history. */
  *days(): Generator<{ day: string; history: History }> {
    const lastDay = zonedParts(this.plan.end.getTime(), this.plan.storeTimeZone).date;
    for (let i = this.plan.days - 1; i >= 0; i--) {
      const day = addDays(lastDay, -i);
      yield { day, history: this.generateDay(day, i) };
    }
  }

  private generateDay(day: string, daysBeforeEnd: number): History {
    const out: Required<History> = { conversations: [], messages: [], turns: [], ratings: [] };
    const weekday = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
    // A slow upward trend and some day-to-day noise around the weekday pattern.
    const trend = 1 + 0.15 * (1 - daysBeforeEnd / Math.max(1, this.plan.days));
    const count = Math.round(this.plan.conversationsPerDay * WEEKDAY_WEIGHTS[weekday]! * trend * (0.85 + 0.3 * this.random.next()));
    const dayEnd = zonedTimeToInstant(addDays(day, 1), 0, this.plan.storeTimeZone);
    for (let n = 0; n < count; n++) {
      const shopper = this.shopper();
      const start = zonedTimeToInstant(day, randomLocalMinute(this.random), shopper.timeZone);
      if (start > this.plan.end.getTime()) continue;
      this.conversation(out, shopper, start, this.random.weighted(INTENT_WEIGHTS));
    }
    // Shoppers who came back after the assistant "resolved" their question.
    const due = this.pendingFollowUps.filter((f) => f.at < dayEnd);
    this.pendingFollowUps = this.pendingFollowUps.filter((f) => f.at >= dayEnd);
    for (const f of due) if (f.at <= this.plan.end.getTime()) this.conversation(out, f.shopper, f.at, f.intent, true);
    return out;
  }

  private shopper(): Shopper {
    const { customers } = this.plan;
    if (customers.length && this.random.chance(this.plan.identifiedShare ?? 0.55)) {
      const c = this.random.pick(customers);
      return { ...c, customerId: c.id, visitorId: `seed-v-${c.id.slice(0, 8)}` };
    }
    const profile = randomShopper(this.random, this.plan.markets.filter((m) => MARKETS[m]));
    return { ...profile, customerId: null, visitorId: `seed-v-${Math.floor(this.random.next() * 1e12).toString(36)}` };
  }

  private question(intent: string, locale: HistoryLocale): { text: string; intent: string; gap: boolean } {
    const order = this.plan.orderNames.length ? this.random.pick(this.plan.orderNames) : '#1001';
    if (intent === 'gap') {
      const topic = GAP_TOPICS[this.random.pick(Object.keys(GAP_TOPICS))]!;
      return { text: this.random.pick(topic.phrases[locale]), intent: topic.intent, gap: true };
    }
    return { text: this.random.pick(QUESTIONS[intent]![locale]).replace('{order}', order), intent, gap: false };
  }

  /** The next instant someone is at work (now, when a team is open). */
  private nextOpen(at: number): number {
    if (this.openIntervals.length === 0) return at;
    const next = this.openIntervals.find((i) => i.end > at);
    return next ? Math.max(at, next.start) : at;
  }

  private conversation(out: Required<History>, shopper: Shopper, start: number, drawnIntent: string, returning = false): void {
    const { storeId } = this.plan;
    const end = this.plan.end.getTime();
    const r = this.random;
    const locale = shopper.locale;
    const q = this.question(drawnIntent, locale);
    const conversation: HistoryConversation = {
      id: randomUUID(), storeId, createdAt: new Date(start), lastMessageAt: new Date(start), status: 'bot',
      visitorId: shopper.visitorId, customerId: shopper.customerId, locale, language: locale, intent: q.intent,
      channel: r.chance(0.07) ? 'email' : 'widget', state: { seeded: true, timeZone: shopper.timeZone },
    };
    out.conversations.push(conversation);
    let t = start;
    const say = (author: HistoryMessage['author'], text: string, extra: Partial<HistoryMessage> = {}): string => {
      const id = randomUUID();
      out.messages.push({ id, storeId, conversationId: conversation.id, author, text, createdAt: new Date(t), language: locale, ...extra });
      conversation.lastMessageAt = new Date(t);
      return id;
    };
    const turn = (messageId: string, answered: boolean, extra: Partial<HistoryTurn> = {}): void => {
      t += r.int(1, 6) * 1000;
      out.turns.push({
        storeId, conversationId: conversation.id, messageId, createdAt: new Date(t), locale, intent: q.intent,
        intentConfidence: 0.55 + 0.43 * r.next(), skill: q.intent, answered,
        answerability: answered ? 0.55 + 0.4 * r.next() : 0.05 + 0.4 * r.next(),
        sources: answered ? [`${q.intent}-help`] : [], latencyMs: r.int(80, 900), ...extra,
      });
      say('assistant', answered ? ASSISTANT_ANSWER[locale] : ASSISTANT_UNSURE[locale], { intent: q.intent });
    };

    let handoff: string | null = conversation.channel === 'email' ? 'email' : returning ? 'human_request' : null;
    const first = say('shopper', q.text);
    if (!handoff) {
      if (q.intent === 'human' && !q.gap) {
        handoff = 'human_request';
        turn(first, true, { handoffReason: handoff, answerability: null, sources: [] });
      } else {
        const answered = !q.gap && r.chance(ANSWERED[q.intent] ?? 0.7);
        turn(first, answered);
        const needs = NEEDS_HUMAN[q.intent];
        if (answered && needs && r.chance(needs[0])) {
          handoff = needs[1];
          out.turns[out.turns.length - 1]!.handoffReason = handoff;
        } else if (!answered && r.chance(0.55)) {
          t += r.int(20, 120) * 1000;
          const again = say('shopper', SHOPPER_STILL_STUCK[locale]);
          const secondAnswered = r.chance(q.gap ? 0.05 : 0.3);
          turn(again, secondAnswered, secondAnswered ? {} : { handoffReason: 'low_confidence' });
          if (!secondAnswered) handoff = 'low_confidence';
        } else if (answered && r.chance(0.5)) {
          t += r.int(15, 180) * 1000;
          turn(say('shopper', SHOPPER_THANKS[locale]), true, { intent: 'greeting', skill: 'greeting', answerability: null, sources: [] });
          if (!returning && r.chance(0.06)) this.pendingFollowUps.push({ at: t + r.int(1, 20) * HOUR, shopper, intent: q.intent });
        }
      }
    }
    if (!handoff) return;

    conversation.status = 'open';
    conversation.handedOffAt = new Date(t + 1000);
    conversation.handoffReason = handoff;
    const speakers = this.plan.agents.filter((a) => a.languages.some((l) => l.split('-')[0] === locale.split('-')[0]));
    const agent = this.plan.agents.length ? r.pick(speakers.length ? speakers : this.plan.agents) : undefined;
    if (!agent) return;
    conversation.assigneeId = agent.id;
    const replyAt = this.nextOpen(t) + Math.max(MINUTE, r.around(22 * MINUTE, 0.9));
    if (replyAt > end) return;
    const waitedHours = (replyAt - t) / HOUR;
    t = replyAt;
    say('agent', AGENT_REPLY[locale], { agentId: agent.id });
    if (r.chance(0.55)) {
      t += Math.max(MINUTE, r.around(8 * MINUTE));
      if (t > end) return;
      say('shopper', SHOPPER_THANKS[locale]);
    }
    const resolveAt = this.nextOpen(t + r.around(2 * HOUR, 1.1));
    if (resolveAt > end || !r.chance(0.9)) return;
    t = resolveAt;
    say('system', `${agent.name} resolved the conversation`, { internal: true, language: null, payload: { kind: 'activity', action: 'status', by: agent.id, status: 'resolved', snoozedUntil: null } });
    conversation.status = 'resolved';
    if (r.chance(0.4)) out.ratings.push(this.rating(conversation, agent.id, t + r.int(1, 90) * MINUTE, waitedHours, q.intent));
    if (r.chance(0.04) && t + 2 * DAY < end) {
      t += r.int(20, 60) * HOUR;
      say('shopper', SHOPPER_STILL_STUCK[locale]);
      conversation.status = 'open';
    }
  }

  private rating(c: HistoryConversation, agentId: string, at: number, waitedHours: number, intent: string): HistoryRating {
    const r = this.random;
    const mood = (waitedHours < 1 ? 0.8 : waitedHours < 8 ? 0.6 : waitedHours < 24 ? 0.4 : 0.25) - (intent === 'complaint' ? 0.15 : 0);
    const rating = r.chance(mood) ? r.weighted({ 5: 70, 4: 30 }) : r.weighted({ 3: 35, 2: 30, 1: 35 });
    const score = Number(rating);
    const comment = r.chance(0.3) ? r.pick(RATING_COMMENTS[score >= 4 ? 'good' : 'bad']) : null;
    return { storeId: c.storeId, conversationId: c.id, scale: 'five', rating: score, comment, assigneeId: agentId, createdAt: new Date(at) };
  }
}
