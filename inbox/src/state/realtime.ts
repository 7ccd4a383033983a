/**
 * The live side: one socket.io connection to /agents. Pushed rows, messages, typing, viewers and
 * mentions go into the store; after a reconnect everything on screen is reloaded (nothing is missed).
 */
import type { Socket } from 'socket.io-client';
import { io } from '../lib/socket-client.js';
import type { AgentClientToServer, AgentServerToClient } from '../../../protocol/agent-events.js';
import { getState, setState, toast } from './store.js';
import { applyItem, applyMessage, loadMentions, openConversation, patchMessage, refreshQueue } from './actions.js';

let socket: Socket<AgentServerToClient, AgentClientToServer> | undefined;
const TYPING_MS = 6000;

export function connectRealtime(): void {
  if (socket) return;
  socket = io('/agents', { withCredentials: true, transports: ['websocket', 'polling'] });
  let connectedBefore = false;
  socket.on('connect', () => {
    setState({ connected: true });
    if (connectedBefore) {
      void refreshQueue();
      const selected = getState().selected;
      if (selected) void openConversation(selected.storeId, selected.id, false);
    }
    connectedBefore = true;
    const selected = getState().selected;
    if (selected) socket?.emit('conversation:view', { conversationId: selected.id });
  });
  socket.on('disconnect', () => setState({ connected: false }));
  socket.on('inbox:item', (item) => applyItem(item));
  socket.on('message:created', (message) => {
    applyMessage(message);
    if (message.author === 'shopper') clearShopperTyping(message.conversationId);
  });
  socket.on('message:email', (data) => patchMessage(data.messageId, { email: { status: data.status, address: data.address } }));
  socket.on('typing', (data) => {
    setState((s) => {
      const current = s.typing[data.conversationId] ?? { agents: {}, shopperUntil: 0 };
      const until = data.typing ? Date.now() + TYPING_MS : 0;
      const next =
        data.author === 'shopper'
          ? { ...current, shopperUntil: until }
          : { ...current, agents: { ...current.agents, [data.agentId ?? '?']: { name: data.name ?? 'An agent', until } } };
      return { typing: { ...s.typing, [data.conversationId]: next } };
    });
  });
  socket.on('presence:updated', (data) => setState((s) => ({ viewers: { ...s.viewers, [data.conversationId]: data.viewers } })));
  socket.on('agents:online', (data) => setState((s) => ({ online: { ...s.online, [data.storeId]: data.agentIds } })));
  socket.on('mention:created', (notice) => {
    toast(`${notice.byName} mentioned you: ${notice.excerpt}`, 'mention', { storeId: notice.storeId, id: notice.conversationId });
    void loadMentions();
  });
}

function clearShopperTyping(conversationId: string): void {
  setState((s) => {
    const current = s.typing[conversationId];
    return current ? { typing: { ...s.typing, [conversationId]: { ...current, shopperUntil: 0 } } } : {};
  });
}

export function disconnectRealtime(): void {
  socket?.disconnect();
  socket = undefined;
  setState({ connected: false });
}

export function viewConversation(conversationId: string | null): void {
  socket?.emit('conversation:view', { conversationId });
}

export function sendTyping(conversationId: string, typing: boolean): void {
  socket?.emit('typing', { conversationId, typing });
}
