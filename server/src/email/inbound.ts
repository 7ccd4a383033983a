/**
 * The shopper's e-mail reply comes back into the conversation as a shopper message (which reopens it).
 * Accepts a raw MIME message or the fields an inbound-mail provider already parsed; each e-mail is
 * applied once (by Message-ID), quoted history is cut off.
 */
import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { ParleyError } from '../errors.js';
import { getConversation } from '../conversations/conversations-repository.js';
import type { InboxContext } from '../inbox/inbox-context.js';
import { taggedConversationIds, verifiedConversation } from './reply-address.js';

export interface InboundEmail {
  from: string;
  /** Every recipient address (To, Cc, Delivered-To): the reply address is among them. */
  recipients: string[];
  subject: string;
  text: string;
  messageId: string | null;
  /** In-Reply-To and References. */
  inReplyTo: string[];
  /** An out-of-office or other machine-sent answer (Auto-Submitted, X-Autoreply, Precedence). */
  automatic: boolean;
}

/** RFC 3834 and the common vendor headers that mark machine-sent mail. */
export function isAutomatic(header: (name: string) => string | undefined): boolean {
  const submitted = header('auto-submitted')?.trim().toLowerCase();
  if (submitted && submitted !== 'no') return true;
  if (header('x-autoreply') || header('x-autorespond')) return true;
  return ['bulk', 'junk', 'list', 'auto_reply'].includes(header('precedence')?.trim().toLowerCase() ?? '');
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? '')).filter(Boolean);

const messageIds = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.match(/<[^<>\s]+>/g) ?? []);

export async function parseRawEmail(raw: string | Buffer): Promise<InboundEmail> {
  const mail = await simpleParser(raw);
  const delivered = mail.headers.get('delivered-to');
  const header = (name: string) => {
    const value = mail.headers.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    from: addresses(mail.from)[0] ?? '',
    recipients: [...addresses(mail.to), ...addresses(mail.cc), ...(typeof delivered === 'string' ? [delivered] : [])],
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    messageId: mail.messageId ?? null,
    inReplyTo: [...messageIds(mail.inReplyTo), ...messageIds(mail.references)],
    automatic: isAutomatic(header),
  };
}

const QUOTE_HEADERS = [
  /^On .{4,200} wrote:\s*$/m,
  /^El .{4,200} escribió:\s*$/m,
  /^Am .{4,200} schrieb .{0,100}:\s*$/m,
  /^Le .{4,200} a écrit\s*:\s*$/m,
  /^-{2,} ?(Original Message|Mensaje original|Ursprüngliche Nachricht|Message d'origine) ?-{2,}/im,
  /^From: .+$/m,
  /^_{10,}$/m,
];

/** The new part of a reply: everything above the quoted conversation and the signature. */
export function stripQuotedReply(text: string): string {
  let body = text.replace(/\r\n/g, '\n');
  for (const pattern of QUOTE_HEADERS) {
    const match = pattern.exec(body);
    if (match) body = body.slice(0, match.index);
  }
  body = body.split('\n').filter((line) => !line.startsWith('>')).join('\n');
  const signature = body.search(/^-- ?$/m);
  if (signature >= 0) body = body.slice(0, signature);
  return body.replace(/\n{3,}/g, '\n\n').trim();
}

async function findConversation(ctx: InboxContext, email: InboundEmail): Promise<{ storeId: string; conversationId: string } | undefined> {
  if (email.inReplyTo.length > 0) {
    const { rows } = await ctx.db.query<{ store_id: string; conversation_id: string }>(
      `SELECT store_id, conversation_id FROM email_messages WHERE direction = 'outbound' AND rfc_message_id = ANY($1::text[]) ORDER BY created_at DESC LIMIT 1`,
      [email.inReplyTo],
    );
    if (rows[0]) return { storeId: rows[0].store_id, conversationId: rows[0].conversation_id };
  }
  const candidates = taggedConversationIds(email.recipients);
  if (candidates.length === 0) return undefined;
  const { rows } = await ctx.db.query<{ id: string; store_id: string; webhook_secret: string }>(
    'SELECT c.id, c.store_id, s.webhook_secret FROM conversations c JOIN stores s ON s.id = c.store_id WHERE c.id = ANY($1::uuid[])',
    [candidates],
  );
  const id = verifiedConversation(email.recipients, new Map(rows.map((r) => [r.id, r.webhook_secret])));
  const row = rows.find((r) => r.id === id);
  return row ? { storeId: row.store_id, conversationId: row.id } : undefined;
}

export interface InboundResult {
  conversationId: string;
  messageId: string;
  duplicate: boolean;
  /** True for out-of-office and other automatic answers, which are not added to the conversation. */
  ignored?: boolean;
}

export async function receiveInboundEmail(ctx: InboxContext, email: InboundEmail): Promise<InboundResult> {
  const target = await findConversation(ctx, email);
  if (!target) throw new ParleyError('UNPROCESSABLE', 'The e-mail does not reply to a Parley conversation');
  const conversation = await getConversation(ctx.db, target.storeId, target.conversationId);
  if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
  // An out-of-office answer must not reopen the conversation or look like the shopper wrote.
  if (email.automatic) return { conversationId: conversation.id, messageId: '', duplicate: false, ignored: true };
  const rfcId = email.messageId ?? `<sha256.${createHash('sha256').update(`${email.from}\n${email.subject}\n${email.text}`).digest('hex')}>`;
  const seen = await ctx.db.query<{ message_id: string | null }>(
    `SELECT message_id FROM email_messages WHERE store_id = $1 AND direction = 'inbound' AND rfc_message_id = $2`,
    [target.storeId, rfcId],
  );
  if (seen.rows[0]) return { conversationId: conversation.id, messageId: seen.rows[0].message_id ?? '', duplicate: true };
  const text = stripQuotedReply(email.text) || email.subject.trim();
  if (!text) throw new ParleyError('UNPROCESSABLE', 'The e-mail has no text');
  const clientId = `email-${createHash('sha256').update(rfcId).digest('hex').slice(0, 40)}`;
  const message = await ctx.conversations.receiveShopperMessage(conversation, { clientId, text: text.slice(0, 4000) });
  await ctx.db.query(
    `INSERT INTO email_messages (store_id, conversation_id, message_id, direction, rfc_message_id, address, status)
     VALUES ($1, $2, $3, 'inbound', $4, $5, 'received') ON CONFLICT DO NOTHING`,
    [target.storeId, conversation.id, message.id, rfcId, email.from],
  );
  return { conversationId: conversation.id, messageId: message.id, duplicate: false };
}
