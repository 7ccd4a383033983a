import type { Queryable } from '../db/types.js';

export type CsatScale = 'thumbs' | 'five';

export interface Feedback {
  conversationId: string;
  storeId: string;
  scale: CsatScale;
  rating: number;
  comment: string | null;
  assigneeId: string | null;
  createdAt: string;
}

interface FeedbackRow {
  conversation_id: string;
  store_id: string;
  scale: CsatScale;
  rating: number;
  comment: string | null;
  assignee_id: string | null;
  created_at: Date;
}

const toFeedback = (r: FeedbackRow): Feedback => ({
  conversationId: r.conversation_id,
  storeId: r.store_id,
  scale: r.scale,
  rating: Number(r.rating),
  comment: r.comment,
  assigneeId: r.assignee_id,
  createdAt: new Date(r.created_at).toISOString(),
});

/** Stores a rating; undefined when the conversation was already rated (ratings are given once). */
export async function insertFeedback(
  q: Queryable,
  f: { conversationId: string; storeId: string; scale: CsatScale; rating: number; comment: string | null; assigneeId: string | null },
): Promise<Feedback | undefined> {
  const { rows } = await q.query<FeedbackRow>(
    `INSERT INTO conversation_feedback (conversation_id, store_id, scale, rating, comment, assignee_id)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (conversation_id) DO NOTHING RETURNING *`,
    [f.conversationId, f.storeId, f.scale, f.rating, f.comment, f.assigneeId],
  );
  return rows[0] ? toFeedback(rows[0]) : undefined;
}

export async function getFeedback(q: Queryable, storeId: string, conversationId: string): Promise<Feedback | undefined> {
  const { rows } = await q.query<FeedbackRow>('SELECT * FROM conversation_feedback WHERE store_id = $1 AND conversation_id = $2', [storeId, conversationId]);
  return rows[0] ? toFeedback(rows[0]) : undefined;
}

export async function listFeedback(q: Queryable, storeId: string, limit: number): Promise<Feedback[]> {
  const { rows } = await q.query<FeedbackRow>('SELECT * FROM conversation_feedback WHERE store_id = $1 ORDER BY created_at DESC LIMIT $2', [storeId, limit]);
  return rows.map(toFeedback);
}
