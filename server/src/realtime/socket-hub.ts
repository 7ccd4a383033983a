import type { Namespace } from 'socket.io';
import type { RealtimeHub } from '../conversations/realtime-hub.js';
import type { ConversationSummary, Message } from '../../../protocol/messages.js';

export const conversationRoom = (conversationId: string) => `conv:${conversationId}`;
export const storeRoom = (storeId: string) => `store:${storeId}`;

/** Fans domain events out to rooms: shoppers see their conversation, agents see their stores. */
export class SocketHub implements RealtimeHub {
  constructor(
    private readonly widget: Namespace,
    private readonly agents: Namespace,
  ) {}

  messageCreated(storeId: string, message: Message): void {
    if (!message.internal) this.widget.to(conversationRoom(message.conversationId)).emit('message:created', message);
    this.agents.to(storeRoom(storeId)).emit('message:created', { ...message, storeId });
  }

  conversationUpdated(summary: ConversationSummary): void {
    this.agents.to(storeRoom(summary.storeId)).emit('conversation:updated', summary);
    this.widget.to(conversationRoom(summary.id)).emit('conversation:updated', { status: summary.status });
  }

  stream(_storeId: string, conversationId: string, streamId: string, text: string): void {
    this.widget.to(conversationRoom(conversationId)).emit('message:stream', { streamId, conversationId, text });
  }

  typing(storeId: string, conversationId: string, who: { author: 'assistant' | 'agent' | 'shopper'; name?: string; agentId?: string }, typing: boolean): void {
    if (who.author === 'shopper') {
      this.agents.to(storeRoom(storeId)).emit('typing', { conversationId, author: 'shopper', typing });
      return;
    }
    this.widget.to(conversationRoom(conversationId)).emit('typing', { author: who.author, typing, ...(who.name ? { name: who.name } : {}) });
    if (who.author === 'agent') this.agents.to(storeRoom(storeId)).emit('typing', { conversationId, author: 'agent', agentId: who.agentId, name: who.name, typing });
  }
}
