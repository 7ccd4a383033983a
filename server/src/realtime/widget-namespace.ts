/**
 * The shopper side. A visitor connects with the store id and, once a conversation exists, its token;
 * the first message creates the conversation and hands the token back. Every message is stored
 * before it is acknowledged; `messages:sync` replays whatever a reconnecting client missed.
 */
import type { FastifyInstance } from 'fastify';
import type { Namespace, Server, Socket } from 'socket.io';
import type { SessionInfo, WidgetAuth, WidgetClientToServer, WidgetServerToClient } from '../../../protocol/widget-events.js';
import { ParleyError } from '../errors.js';
import { getStore } from '../repositories/stores.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import { getConversation } from '../conversations/conversations-repository.js';
import { toSupportedLocale } from '../i18n/i18n.js';
import { isRecord, withAck } from './acks.js';
import { conversationRoom } from './socket-hub.js';

interface WidgetSocketData {
  storeId: string;
  visitorId: string | null;
  locale: string;
  page: WidgetAuth['page'] | null;
  conversationId: string | null;
  token: string | null;
}

type WidgetSocket = Socket<WidgetClientToServer, WidgetServerToClient, Record<string, never>, WidgetSocketData>;

const clip = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null);

export function registerWidgetNamespace(app: FastifyInstance, io: Server): Namespace {
  const nsp = io.of('/widget') as unknown as Namespace<WidgetClientToServer, WidgetServerToClient, Record<string, never>, WidgetSocketData>;
  const service = app.conversations;

  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Partial<WidgetAuth>;
    const storeId = clip(auth.storeId, 64);
    if (!storeId) return next(new Error('storeId is required'));
    getStore(app.db, storeId)
      .then(async (store) => {
        if (!store) return next(new Error('unknown store'));
        const data: WidgetSocketData = {
          storeId,
          visitorId: clip(auth.visitorId, 64),
          locale: toSupportedLocale(clip(auth.locale, 16), toSupportedLocale(store.default_locale)),
          page: isRecord(auth.page) ? { url: clip(auth.page.url, 500) ?? undefined, title: clip(auth.page.title, 200) ?? undefined, productHandle: clip(auth.page.productHandle, 200) ?? undefined } : null,
          conversationId: null,
          token: null,
        };
        const token = clip(auth.token, 100);
        if (token) {
          const conversation = await service.resume(storeId, token);
          if (conversation) {
            data.conversationId = conversation.id;
            data.token = token;
          }
        }
        socket.data = data;
        next();
      })
      .catch((err: unknown) => {
        app.log.error({ err }, 'widget handshake failed');
        next(new Error('temporarily unavailable'));
      });
  });

  nsp.on('connection', (socket: WidgetSocket) => {
    const log = app.log.child({ ns: 'widget', store: socket.data.storeId });
    if (socket.data.conversationId) void socket.join(conversationRoom(socket.data.conversationId));
    void sessionInfo(socket).then((s) => socket.emit('session', s));

    async function currentConversation(): Promise<ConversationRow | undefined> {
      return socket.data.conversationId ? getConversation(app.db, socket.data.storeId, socket.data.conversationId) : undefined;
    }

    async function sessionInfo(s: WidgetSocket): Promise<SessionInfo> {
      const conversation = s.data.conversationId ? await getConversation(app.db, s.data.storeId, s.data.conversationId) : undefined;
      return { conversationId: conversation?.id ?? null, token: s.data.token, status: conversation?.status ?? null, locale: conversation?.locale ?? s.data.locale };
    }

    async function ensureConversation(): Promise<ConversationRow> {
      const existing = await currentConversation();
      if (existing) return existing;
      const { conversation, token } = await service.start({ storeId: socket.data.storeId, visitorId: socket.data.visitorId, locale: socket.data.locale, page: socket.data.page });
      socket.data.conversationId = conversation.id;
      socket.data.token = token;
      await socket.join(conversationRoom(conversation.id));
      return conversation;
    }

    socket.on('message:send', (data, ack) =>
      withAck(log, ack, async () => {
        if (!isRecord(data) || typeof data.text !== 'string' || typeof data.clientId !== 'string' || data.clientId.length < 8 || data.clientId.length > 64) {
          throw new ParleyError('VALIDATION', 'message:send needs {clientId (8–64 chars), text}');
        }
        const conversation = await ensureConversation();
        const message = await service.receiveShopperMessage(conversation, { clientId: data.clientId, text: data.text });
        return { message, session: await sessionInfo(socket) };
      }),
    );

    socket.on('messages:sync', (data, ack) =>
      withAck(log, ack, async () => {
        const afterSeq = isRecord(data) && typeof data.afterSeq === 'number' && data.afterSeq >= 0 ? data.afterSeq : 0;
        const conversation = await currentConversation();
        return { messages: conversation ? await service.history(conversation, afterSeq) : [] };
      }),
    );

    socket.on('typing', (data) => {
      if (!socket.data.conversationId || !isRecord(data)) return;
      service.hub.typing(socket.data.storeId, socket.data.conversationId, { author: 'shopper' }, data.typing === true);
    });

    socket.on('handoff:request', (_data, ack) =>
      withAck(log, ack, async () => {
        const conversation = await ensureConversation();
        await service.handoff(conversation, 'shopper_requested');
        return {};
      }),
    );
  });
  return nsp as unknown as Namespace;
}
