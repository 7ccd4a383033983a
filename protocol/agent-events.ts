/** socket.io event map of the `/agents` namespace (the helpdesk inbox). */
import type { ConversationSummary, Message } from './messages.js';
import type { Ack } from './widget-events.js';

export interface AgentClientToServer {
  'message:send': (
    data: { storeId: string; conversationId: string; clientId: string; text: string; internal?: boolean },
    ack: Ack<{ message: Message }>,
  ) => void;
  'typing': (data: { conversationId: string; typing: boolean }) => void;
}

export interface AgentServerToClient {
  'conversation:updated': (conversation: ConversationSummary) => void;
  'message:created': (message: Message & { storeId: string }) => void;
  'typing': (data: { conversationId: string; author: 'shopper' | 'agent'; agentId?: string; name?: string; typing: boolean }) => void;
}
