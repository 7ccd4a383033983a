/**
 * CSAT: the shopper rates a conversation once it is resolved, once. The scale (thumbs or 1–5) is the
 * store's choice (`settings.widget.csat`), so ratings of one store are comparable.
 */
import type { Queryable } from '../db/types.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import { ParleyError } from '../errors.js';
import { getFeedback, insertFeedback, type CsatScale, type Feedback } from './feedback-repository.js';

export const MAX_FEEDBACK_COMMENT = 2000;

export function isValidRating(scale: CsatScale, rating: unknown): rating is number {
  if (typeof rating !== 'number' || !Number.isInteger(rating)) return false;
  return scale === 'thumbs' ? rating === 0 || rating === 1 : rating >= 1 && rating <= 5;
}

export interface SubmitFeedbackProps {
  conversation: ConversationRow;
  scale: CsatScale;
  rating: unknown;
  comment?: unknown;
}

export async function submitFeedback(q: Queryable, props: SubmitFeedbackProps): Promise<Feedback> {
  const { conversation, scale } = props;
  if (conversation.status !== 'resolved') throw new ParleyError('CONFLICT', 'Feedback can be given once the conversation is resolved');
  if (!isValidRating(scale, props.rating)) {
    throw new ParleyError('VALIDATION', scale === 'thumbs' ? 'rating must be 0 (thumbs down) or 1 (thumbs up)' : 'rating must be an integer from 1 to 5');
  }
  const comment = typeof props.comment === 'string' ? props.comment.trim().slice(0, MAX_FEEDBACK_COMMENT) || null : null;
  const saved = await insertFeedback(q, {
    conversationId: conversation.id,
    storeId: conversation.store_id,
    scale,
    rating: props.rating,
    comment,
    assigneeId: conversation.assignee_id,
  });
  if (!saved) throw new ParleyError('CONFLICT', 'This conversation was already rated');
  return saved;
}

export async function hasFeedback(q: Queryable, conversation: ConversationRow): Promise<boolean> {
  return (await getFeedback(q, conversation.store_id, conversation.id)) !== undefined;
}
