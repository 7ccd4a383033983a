/** Conversations for inbox tests, created through the same service the widget uses. */
import { randomUUID } from 'node:crypto';
import type { ParleyInstance } from '../../server/src/app.js';
import type { ConversationRow } from '../../server/src/conversations/conversations-repository.js';
import { getConversation } from '../../server/src/conversations/conversations-repository.js';

export interface StartOptions {
  text: string;
  locale?: string;
  visitorId?: string;
  customerId?: string | null;
}

/** A shopper writes; the hand-off responder (assistantMode 'handoff') passes it to humans. */
export async function handOff(app: ParleyInstance, storeId: string, options: StartOptions): Promise<ConversationRow> {
  const { conversation } = await app.conversations.start({
    storeId,
    locale: options.locale ?? 'en',
    visitorId: options.visitorId ?? `v-${randomUUID().slice(0, 8)}`,
    customerId: options.customerId ?? null,
  });
  await app.conversations.receiveShopperMessage(conversation, { clientId: `c-${randomUUID()}`, text: options.text });
  await app.conversations.drain();
  await app.conversations.handoff((await getConversation(app.db, storeId, conversation.id))!, 'shopper_requested');
  await app.inbox.queue.drain();
  return (await getConversation(app.db, storeId, conversation.id))!;
}

export async function shopperSays(app: ParleyInstance, conversation: ConversationRow, text: string): Promise<void> {
  const fresh = (await getConversation(app.db, conversation.store_id, conversation.id))!;
  await app.conversations.receiveShopperMessage(fresh, { clientId: `c-${randomUUID()}`, text });
  await app.conversations.drain();
  await app.inbox.queue.drain();
}
