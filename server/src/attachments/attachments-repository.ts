import type { Queryable } from '../db/types.js';
import type { AttachmentRef } from '../../../protocol/messages.js';
import type { ImageType } from './image-type.js';

export interface StoredAttachment extends AttachmentRef {
  storeId: string;
  conversationId: string;
  messageId: string | null;
  uploadedBy: 'shopper' | 'agent';
  sha256: string;
}

interface AttachmentRow {
  id: string;
  store_id: string;
  conversation_id: string;
  message_id: string | null;
  uploaded_by: 'shopper' | 'agent';
  content_type: string;
  file_name: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  sha256: string;
  data?: Buffer | Uint8Array;
}

const META = 'id, store_id, conversation_id, message_id, uploaded_by, content_type, file_name, byte_size, width, height, sha256';

const toAttachment = (r: AttachmentRow): StoredAttachment => ({
  id: r.id,
  name: r.file_name,
  contentType: r.content_type,
  size: Number(r.byte_size),
  width: r.width,
  height: r.height,
  storeId: r.store_id,
  conversationId: r.conversation_id,
  messageId: r.message_id,
  uploadedBy: r.uploaded_by,
  sha256: r.sha256,
});

export const toAttachmentRef = (a: StoredAttachment): AttachmentRef => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.size, width: a.width, height: a.height });

export async function insertAttachment(
  q: Queryable,
  a: { storeId: string; conversationId: string; uploadedBy: 'shopper' | 'agent'; contentType: ImageType; fileName: string; width: number | null; height: number | null; sha256: string; data: Buffer },
): Promise<StoredAttachment> {
  const { rows } = await q.query<AttachmentRow>(
    `INSERT INTO attachments (store_id, conversation_id, uploaded_by, content_type, file_name, byte_size, width, height, sha256, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${META}`,
    [a.storeId, a.conversationId, a.uploadedBy, a.contentType, a.fileName, a.data.length, a.width, a.height, a.sha256, a.data],
  );
  return toAttachment(rows[0]!);
}

export async function countConversationAttachments(q: Queryable, conversationId: string): Promise<number> {
  const { rows } = await q.query<{ n: number | string }>('SELECT count(*) AS n FROM attachments WHERE conversation_id = $1', [conversationId]);
  return Number(rows[0]?.n ?? 0);
}

export async function getAttachmentMeta(q: Queryable, storeId: string, id: string): Promise<StoredAttachment | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<AttachmentRow>(`SELECT ${META} FROM attachments WHERE store_id = $1 AND id = $2`, [storeId, id]);
  return rows[0] ? toAttachment(rows[0]) : undefined;
}

export async function readAttachmentData(q: Queryable, id: string): Promise<Buffer | undefined> {
  const { rows } = await q.query<{ data: Buffer | Uint8Array }>('SELECT data FROM attachments WHERE id = $1', [id]);
  const data = rows[0]?.data;
  return data ? Buffer.from(data) : undefined;
}

/** Uploads of this conversation not yet sent with a message, among `ids`. */
export async function listUnsent(q: Queryable, conversationId: string, ids: string[]): Promise<StoredAttachment[]> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0) return [];
  const { rows } = await q.query<AttachmentRow>(
    `SELECT ${META} FROM attachments WHERE conversation_id = $1 AND message_id IS NULL AND id = ANY($2::uuid[]) ORDER BY created_at`,
    [conversationId, valid],
  );
  return rows.map(toAttachment);
}

export async function markSent(q: Queryable, ids: string[], messageId: string): Promise<void> {
  if (ids.length === 0) return;
  await q.query('UPDATE attachments SET message_id = $1 WHERE id = ANY($2::uuid[]) AND message_id IS NULL', [messageId, ids]);
}
