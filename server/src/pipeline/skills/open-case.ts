/**
 * A verified shopper with a return, exchange or claim under way asks about it in their own words:
 * "when do I get my money?", "wann kommt meine Jeans in Größe 29?", "届いていますか？". Whatever the
 * classifier made of the wording (size, tracking, presale…), the answer is where that case stands,
 * from the store's returns data — what an agent would look up first.
 *
 * A case is the one the message points at: its item named (by product words or by kind: "the
 * boots", "las calças"), its return tracking number, or the order under discussion; and the message
 * must ask where something stands, not start something new.
 */
import { defaultLexicon } from '../../knowledge/lexicon/lexicon.js';
import { accessFromState } from '../../commerce/access/verified-access.js';
import { getShopperOrder, listShopperOrders, type OrderDetail } from '../../commerce/query.js';
import { listReturnsForOrders } from '../../repositories/returns.js';
import type { ReturnView } from '../../commerce/orders/types.js';
import { foldText } from '../language/index.js';
import { findMentionedProduct, loadCatalog } from '../catalog/product-mentions.js';
import { productKindsIn } from '../catalog/product-kinds.js';
import type { TurnContext } from '../turn.js';

export interface OpenCase {
  order: OrderDetail;
  record: ReturnView;
}

const lexicon = defaultLexicon();
/** Words about a return, exchange or claim itself, when no item is named ("did you get it back?"). */
const CASE_CONCEPTS = new Set(['return', 'refund', 'exchange', 'label', 'warranty', 'damaged', 'defective', 'wrong_item']);
/** Cases older than this are history, not something a shopper is waiting on. */
const RECENT_DAYS = 45;

// Asking where something stands: when / where / any news / did you get it / has it been refunded / why not.
const ASKS_STATUS = new RegExp(
  [
    '\\bwhen\\b', '\\bwhere\\b', 'any (update|news)', '\\bstatus\\b', 'did you (get|receive)', 'have you (got|received)', 'arrived', 'my money', 'refunded',
    'do i (have|need) to send', 'why (can.?t|cannot|was)', '\\bcuando\\b', '\\bdonde\\b', 'ya (me )?(han|habeis)', 'recibido', '\\bwann\\b', '\\bwo\\b', 'stand\\b', 'angekommen', 'erhalten',
    '\\bquand\\b', '\\bou en est', 'recu\\b', '\\bquando\\b', '\\bdove\\b', 'perche non', 'ricevut', 'ja devolveram', 'devolveram', 'recebe', 'wanneer', 'waar blijft', 'ontvangen',
    'いつ', '届いて', '届きました', 'どうなって', '状況', '什么时候', '收到了吗', '到了吗', '进度', '状态',
  ].join('|'),
);
// Starting something new is the returns skill's job ("I want to return…", "can I exchange…").
const STARTS_NEW = /\b(i want|i'?d like|i would like|can i (return|exchange)|how do i|quiero|quisiera|ich mochte|ich will|je veux|je voudrais|vorrei|voglio|quero|ik wil)\b|したい|我想|我要/;

// "The replacement tote": a new parcel we sent, not the case's return — the tracking skill's question.
const REPLACEMENT = /\b(replacement|new one|(correct|right) (one|colou?r|size)|ersatz|richtige|remplacement|bonne (couleur|taille)|reemplazo|correct[oa]|sostituzion|giust[oa]|substitui|corret[oa]|vervang|juiste)|代わりの|代替品|正しい|补发|替换|正确的/;

const daysBetween = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime()) / 86_400_000;

/** The case the message asks about, if the shopper is verified and has one under way. */
export async function findOpenCase(ctx: TurnContext): Promise<OpenCase | undefined> {
  const access = accessFromState(ctx.state);
  if (!access.customerId && access.orderIds.length === 0) return undefined;
  const folded = foldText(ctx.text).toLowerCase();
  if (!ASKS_STATUS.test(folded) || STARTS_NEW.test(folded)) return undefined;
  const aboutReplacement = REPLACEMENT.test(folded);

  const orders = await listShopperOrders(ctx.db, { storeId: ctx.store.id, access, limit: 20 });
  // One query finds the orders with a recent return, exchange or claim; only those are loaded whole.
  const recent = await listReturnsForOrders(ctx.db, ctx.store.id, orders.map((o) => o.id));
  const withCases = new Set(recent.filter((r) => daysBetween(new Date(r.created_at), ctx.now) <= RECENT_DAYS).map((r) => r.order_pk));
  const cases: OpenCase[] = [];
  for (const summary of orders.filter((o) => withCases.has(o.id)).slice(0, 8)) {
    const found = await getShopperOrder(ctx.db, { storeId: ctx.store.id, access, now: ctx.now, orderId: summary.id });
    if (!found.ok) continue;
    for (const record of found.order.returns) {
      if (aboutReplacement && !record.exchange) continue;
      if (daysBetween(new Date(record.createdAt), ctx.now) <= RECENT_DAYS) cases.push({ order: found.order, record });
    }
  }
  if (cases.length === 0) return undefined;
  cases.sort((a, b) => Date.parse(b.record.createdAt) - Date.parse(a.record.createdAt));

  // Its return tracking number, quoted.
  const byNumber = cases.find((c) => c.record.returnTrackingNumber && ctx.text.replace(/\s+/g, '').includes(c.record.returnTrackingNumber));
  if (byNumber) return byNumber;

  // Its item, by name or by kind ("the coat", "die Stiefel", "la camisa" no; "las calças" yes).
  const catalog = await loadCatalog(ctx.db, ctx.store.id);
  const named = findMentionedProduct(catalog, ctx.text)?.product;
  const saidKinds = productKindsIn(ctx.text);
  if (named || saidKinds.size > 0) {
    const matching = cases.filter((c) => {
      const titles = [...c.record.items.map((i) => i.title ?? ''), c.record.exchange?.title ?? ''].filter(Boolean);
      if (named && titles.some((title) => title.toLowerCase().startsWith(named.title.toLowerCase().split(' — ')[0]!))) return true;
      return titles.some((title) => [...productKindsIn(title)].some((k) => saidKinds.has(k)));
    });
    return matching[0];
  }

  // No item named: the order under discussion, or any case when the message speaks of returns/refunds.
  const concepts = new Set(lexicon.concepts(ctx.text, { fuzzy: false }));
  const aboutCases = [...concepts].some((c) => CASE_CONCEPTS.has(c));
  const current = typeof ctx.state.orderId === 'string' ? cases.find((c) => c.order.id === ctx.state.orderId) : undefined;
  if (current && aboutCases) return current;
  return aboutCases ? cases[0] : undefined;
}
