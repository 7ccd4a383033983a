/**
 * The page a feedback e-mail links to: one question, the store's rating scale, an optional comment.
 * Plain HTML with a form (no script), in the shopper's language. A rating is stored once, as the
 * CSAT of the request's conversation, so it counts in the reports like any widget rating.
 */
import type { Db } from '../../db/types.js';
import { getStore, type StoreRow } from '../../repositories/stores.js';
import { insertFeedback, getFeedback } from '../../feedback/feedback-repository.js';
import { isValidRating, MAX_FEEDBACK_COMMENT } from '../../feedback/submit-feedback.js';
import { readWidgetSettings } from '../../routes/widget.js';
import { insightsLocale, tr } from '../i18n.js';
import { verifyRatingSignature } from './rating-link.js';

export interface RatingTarget {
  store: StoreRow;
  requestId: string;
  conversationId: string;
  orderName: string;
  locale: string;
  scale: 'thumbs' | 'five';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request behind a link, or undefined when the link is not genuine. */
export async function loadRatingTarget(db: Db, requestId: string, signature: string): Promise<RatingTarget | undefined> {
  if (!UUID.test(requestId)) return undefined;
  const { rows } = await db.query<{ store_id: string; conversation_id: string | null; locale: string; order_name: string }>(
    `SELECT r.store_id, r.conversation_id, r.locale, o.name AS order_name
     FROM feedback_requests r JOIN orders o ON o.id = r.order_pk WHERE r.id = $1 AND r.status = 'sent'`,
    [requestId],
  );
  const row = rows[0];
  const store = row ? await getStore(db, row.store_id) : undefined;
  if (!row || !store || !row.conversation_id || !verifyRatingSignature(store.webhook_secret, requestId, signature)) return undefined;
  return { store, requestId, conversationId: row.conversation_id, orderName: row.order_name, locale: insightsLocale(row.locale), scale: readWidgetSettings(store).csat };
}

export async function alreadyRated(db: Db, target: RatingTarget): Promise<boolean> {
  return (await getFeedback(db, target.store.id, target.conversationId)) !== undefined;
}

/** Stores the rating; false when the value is not on the scale or the order was already rated. */
export async function submitRating(db: Db, target: RatingTarget, rating: unknown, comment: unknown): Promise<boolean> {
  const value = typeof rating === 'string' && /^\d$/.test(rating) ? Number(rating) : rating;
  if (!isValidRating(target.scale, value)) return false;
  const text = typeof comment === 'string' ? comment.trim().slice(0, MAX_FEEDBACK_COMMENT) || null : null;
  const saved = await insertFeedback(db, { conversationId: target.conversationId, storeId: target.store.id, scale: target.scale, rating: value, comment: text, assigneeId: null });
  return saved !== undefined;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(locale: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;color:#1d2430}
fieldset{border:0;padding:0;margin:1rem 0;display:flex;gap:.5rem;flex-wrap:wrap}label.r{border:1px solid #c9d1dc;border-radius:.5rem;padding:.5rem .75rem;cursor:pointer}
textarea{width:100%;min-height:5rem;font:inherit}button{font:inherit;padding:.6rem 1.2rem;border-radius:.5rem;border:0;background:#1f5fbf;color:#fff;cursor:pointer}</style>
</head><body><main>${body}</main></body></html>`;
}

export function messagePage(locale: string, title: string, message: string): string {
  return page(locale, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

export function ratingFormPage(target: RatingTarget, action: string): string {
  const l = target.locale;
  const title = tr(l, 'feedback.page_title', { order: target.orderName });
  const options = target.scale === 'five'
    ? [1, 2, 3, 4, 5].map((n) => [String(n), `${n} – ${tr(l, `feedback.scale_${n}`)}`] as const)
    : ([['1', tr(l, 'feedback.thumbs_up')], ['0', tr(l, 'feedback.thumbs_down')]] as const);
  const radios = options
    .map(([value, label]) => `<label class="r"><input type="radio" name="rating" value="${value}" required> ${escapeHtml(label)}</label>`)
    .join('');
  return page(l, title, `<h1>${escapeHtml(title)}</h1>
<form method="post" action="${escapeHtml(action)}">
<p>${escapeHtml(tr(l, 'feedback.question', { store: target.store.name }))}</p>
<fieldset>${radios}</fieldset>
<p><label>${escapeHtml(tr(l, 'feedback.comment'))}<br><textarea name="comment" maxlength="${MAX_FEEDBACK_COMMENT}"></textarea></label></p>
<button type="submit">${escapeHtml(tr(l, 'feedback.submit'))}</button>
</form>`);
}
