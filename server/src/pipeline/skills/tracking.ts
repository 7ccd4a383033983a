/**
 * Tracking and order status: look the order up (verifying the shopper), describe it, and add the
 * store's help for the situation the parcel is in (a missed delivery, customs, returned to sender, a
 * late or lost parcel). Without an order, explain how tracking works and offer to look it up.
 */
import { t } from '../../i18n/i18n.js';
import type { OrderDetail } from '../../commerce/query.js';
import { readerOf, storeFactsOf, type Skill, type TurnContext } from '../turn.js';
import { answerFromKnowledge } from './knowledge-answer.js';
import { describeOrderStatus } from './order-status.js';
import { resolveShopperOrder } from './shopper-order.js';

/** The help-center topic for a parcel's situation, searched in the shopper's language. */
const HELP_FOR_STATUS: Record<string, string> = {
  failed_attempt: 'missed delivery attempt notice how long does the carrier keep the parcel pickup point',
  available_for_pickup: 'parcel waiting at pickup point how long is it kept',
  customs: 'parcel held in customs duties taxes what happens',
  returned: 'parcel returned to sender address problem reship',
  exception: 'delivery problem carrier exception',
  lost: 'lost parcel no tracking update reship or refund',
  stalled: 'no tracking update for several days is it normal',
  late: 'parcel late past estimated delivery date',
};

// A carrier "exception" that is really about duties ("Awaiting payment of duties and taxes").
const CUSTOMS_DETAIL = /dut(y|ies)|customs|tax(es)?\b|import|zoll|douane|aduana|dogana|alfandega|関税|通関|海关|关税/i;

interface Situation {
  topic: string;
  /** Where the parcel is going: the help center's row for that country answers. */
  country: string | null;
}

function situationOf(order: OrderDetail): Situation | undefined {
  for (const s of order.shipments.filter((x) => x.kind === 'outbound')) {
    if (s.status === 'delivered') continue;
    const country = s.destinationCountry;
    if (s.lateness && ['lost', 'stalled', 'late'].includes(s.lateness.state)) return { topic: s.lateness.state, country };
    if (s.status === 'exception' && CUSTOMS_DETAIL.test(s.statusDetail ?? '')) return { topic: 'customs', country };
    if (HELP_FOR_STATUS[s.status]) return { topic: s.status, country };
  }
  return undefined;
}

export const trackingSkill: Skill = async (ctx) => {
  const resolution = await resolveShopperOrder(ctx, { listWhenUnspecified: true, preferLatest: mentionsLatest(ctx.text) });
  if (resolution.kind === 'reply') return { ...resolution.result, statePatch: { ...resolution.result.statePatch, awaitingSkill: 'tracking' } };
  if (resolution.kind === 'order') {
    const answer = describeOrderStatus(resolution.order, readerOf(ctx), storeFactsOf(ctx));
    const situation = situationOf(resolution.order);
    const help = situation ? await situationHelp(ctx, situation) : undefined;
    return {
      replies: [...answer.replies, ...(help ?? [])],
      answered: true,
      statePatch: resolution.statePatch,
      needsHuman: answer.needsHuman ? 'needs_action' : null,
    };
  }
  // No order in play: a general question ("how do I track my parcel?"), plus an offer to look it up.
  const general = await answerFromKnowledge(ctx);
  return { ...general, replies: [...general.replies, { text: t(ctx.u.locale, 'knowledge.offer_lookup') }] };
};

async function situationHelp(ctx: TurnContext, situation: Situation) {
  const query = HELP_FOR_STATUS[situation.topic];
  if (!query) return undefined;
  const help = await answerFromKnowledge(ctx, query, situation.country ? { country: situation.country } : {});
  return help.answered ? help.replies : undefined;
}

const LATEST = /\b(latest|last|most recent|newest|recent)\b|letzte|neueste|ultim[oa]|[úu]ltim[oa]|derni[eè]re|laatste|最新|最近|直近|最後/i;

export const mentionsLatest = (text: string) => LATEST.test(text);
