import type { ConversationSummary, Message } from '../../../protocol/messages.js';

/**
 * What the domain tells the live side. The socket.io implementation fans these out to the shopper's
 * widget and to the store's agents (across nodes through the Redis adapter when configured).
 */
export interface RealtimeHub {
  messageCreated(storeId: string, message: Message): void;
  conversationUpdated(summary: ConversationSummary): void;
  typing(storeId: string, conversationId: string, who: { author: 'assistant' | 'agent' | 'shopper'; name?: string; agentId?: string }, typing: boolean): void;
  /** A reply being written (LLM mode): everything so far; the final message carries payload.streamId. */
  stream(storeId: string, conversationId: string, streamId: string, text: string): void;
}

/** A hub that drops everything: for the evaluation command and scripts that run without sockets. */
export const silentHub: RealtimeHub = {
  messageCreated: () => undefined,
  conversationUpdated: () => undefined,
  typing: () => undefined,
  stream: () => undefined,
};
