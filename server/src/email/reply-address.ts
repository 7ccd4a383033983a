/**
 * Ties e-mail replies to their conversation. Each follow-up is sent with a per-conversation,
 * signed reply address (`support+c-<id>-<sig>@shop.example`) and a Message-ID of our own; a reply
 * is matched by its In-Reply-To/References first and by the signed address otherwise. The signature
 * (HMAC with the store's webhook secret) stops anyone from writing into a conversation by guessing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const signature = (secret: string, conversationId: string) =>
  createHmac('sha256', secret).update(`reply:${conversationId}`).digest('hex').slice(0, 16);

/** Splits "Name <user@host>" or "user@host" into its parts. */
export function parseAddress(address: string): { name: string | null; local: string; domain: string } | undefined {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<?([^<>\s@]+)@([^<>\s@]+)>?\s*$/.exec(address);
  if (!match) return undefined;
  return { name: match[1]?.trim() || null, local: match[2]!, domain: match[3]! };
}

export function replyAddress(base: string, conversationId: string, secret: string): string {
  const parsed = parseAddress(base);
  if (!parsed) throw new Error(`not an e-mail address: ${base}`);
  const local = parsed.local.split('+')[0];
  return `${local}+c-${conversationId.replace(/-/g, '')}-${signature(secret, conversationId)}@${parsed.domain}`;
}

const TAG = /\+c-([0-9a-f]{32})-([0-9a-f]{16})@/i;

const uuidFromHex = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** Conversation ids named by reply addresses (not yet verified). */
export function taggedConversationIds(addresses: readonly string[]): string[] {
  return addresses.map((a) => TAG.exec(a)?.[1]).filter((h): h is string => Boolean(h)).map((h) => uuidFromHex(h.toLowerCase()));
}

/** The conversation whose signed reply address appears among `addresses`; secrets by conversation id. */
export function verifiedConversation(addresses: readonly string[], secrets: ReadonlyMap<string, string>): string | undefined {
  for (const address of addresses) {
    const tag = TAG.exec(address);
    if (!tag) continue;
    const id = uuidFromHex(tag[1]!.toLowerCase());
    const secret = secrets.get(id);
    if (!secret) continue;
    const expected = Buffer.from(signature(secret, id));
    const given = Buffer.from(tag[2]!.toLowerCase());
    if (expected.length === given.length && timingSafeEqual(expected, given)) return id;
  }
  return undefined;
}

export function newMessageId(domain: string): string {
  return `<parley.${randomBytes(12).toString('hex')}@${domain}>`;
}
