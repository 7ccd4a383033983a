/**
 * The shopper side. A visitor connects with the store id and, once a conversation exists, its token;
 * the first message creates the conversation and hands the token back. Every message is stored
 * before it is acknowledged; `messages:sync` replays whatever a reconnecting client missed.
 * A store-signed identity (handshake or `identify`) links conversations to the customer; a
 * customer's conversation never opens for anyone else.
 */
import type { FastifyInstance } from 'fastify';
import type { Namespace, Server, Socket } from 'socket.io';
import type { SessionInfo, WidgetAuth, WidgetClientToServer, WidgetIdentity, WidgetServerToClient } from '../../../protocol/widget-events.js';
import type { MessagePayload } from '../../../protocol/messages.js';
import { ParleyError } from '../errors.js';
import { cachedStoreRow } from '../repositories/store-row-cache.js';
import { getConversation, updateConversation, type ConversationRow } from '../conversations/conversations-repository.js';
import { hashToken } from '../conversations/tokens.js';
import { reopenedByShopperMessage } from '../conversations/conversation-service.js';
import { identifyVisitor, mayOpen, ANONYMOUS, type VisitorIdentity } from '../identity/identify-visitor.js';
import { linkConversation } from '../identity/customer-link.js';
import { matchSupportedLocale, resolveWidgetLocale } from '../identity/resolve-locale.js';
import { listUnsent, markSent, toAttachmentRef } from '../attachments/attachments-repository.js';
import { hasFeedback, submitFeedback } from '../feedback/submit-feedback.js';
import { readWidgetSettings } from '../routes/widget.js';
import { isRecord, withAck } from './acks.js';
import { conversationRoom } from './socket-hub.js';

interface WidgetSocketData {
  storeId: string;
  /** Only the default locale of the store row: thousands of sockets must not each hold its policies. */
  storeDefaultLocale: string;
  visitorId: string | null;
  /** Locale candidates, kept so a later identify or setLocale can re-resolve. */
  override: string | null;
  pageLocale: string | null;
  locale: string;
  page: WidgetAuth['page'] | null;
  visitor: VisitorIdentity;
  conversationId: string | null;
  token: string | null;
}

type WidgetSocket = Socket<WidgetClientToServer, WidgetServerToClient, Record<string, never>, WidgetSocketData>;

const MAX_ATTACHMENTS_PER_MESSAGE = 4;
const MAX_LISTED_TOKENS = 50;

const clip = (v: unknown, max: number): string | null => (typeof v === 'string' && v.length > 0 ? v.slice(0, max) : null);

function localeOf(data: Pick<WidgetSocketData, 'override' | 'pageLocale' | 'visitor' | 'storeDefaultLocale'>): string {
  return resolveWidgetLocale({ override: data.override, customerLocale: data.visitor.customer?.locale, pageLocale: data.pageLocale, storeDefault: data.storeDefaultLocale });
}

export function registerWidgetNamespace(app: FastifyInstance, io: Server): Namespace {
  const nsp = io.of('/widget') as unknown as Namespace<WidgetClientToServer, WidgetServerToClient, Record<string, never>, WidgetSocketData>;
  const service = app.conversations;

  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Partial<WidgetAuth>;
    const storeId = clip(auth.storeId, 64);
    if (!storeId) return next(new Error('storeId is required'));
    cachedStoreRow(app.db, storeId)
      .then(async (store) => {
        if (!store) return next(new Error('unknown store'));
        const visitor = isRecord(auth.identity) ? await identifyVisitor(app.db, store, auth.identity as WidgetIdentity, app.clock.now()) : ANONYMOUS;
        const data: WidgetSocketData = {
          storeId,
          storeDefaultLocale: store.default_locale,
          visitorId: clip(auth.visitorId, 64),
          override: matchSupportedLocale(clip(auth.locale, 35)) ?? null,
          pageLocale: clip(auth.pageLocale, 35),
          locale: 'en',
          page: isRecord(auth.page) ? { url: clip(auth.page.url, 500) ?? undefined, title: clip(auth.page.title, 200) ?? undefined, productHandle: clip(auth.page.productHandle, 200) ?? undefined } : null,
          visitor,
          conversationId: null,
          token: null,
        };
        data.locale = localeOf(data);
        const token = clip(auth.token, 100);
        const conversation = token ? await service.resume(storeId, token) : undefined;
        if (token && conversation && mayOpen(conversation, visitor)) {
          data.conversationId = conversation.id;
          data.token = token;
          if (visitor.verified) await linkConversation(app.db, conversation, visitor.verified, visitor.customer ?? undefined);
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
    void sessionInfo().then((s) => socket.emit('session', s), (err: unknown) => log.error({ err }, 'session info failed'));

    async function currentConversation(): Promise<ConversationRow | undefined> {
      return socket.data.conversationId ? getConversation(app.db, socket.data.storeId, socket.data.conversationId) : undefined;
    }

    /** `known`: a row this handler has just read, still current (saves a query per message). */
    async function sessionInfo(known?: ConversationRow): Promise<SessionInfo> {
      const conversation = known ?? (await currentConversation());
      return {
        conversationId: conversation?.id ?? null,
        token: conversation ? socket.data.token : null,
        status: conversation?.status ?? null,
        locale: socket.data.locale,
        identity: socket.data.visitor.status,
        feedbackSubmitted: conversation?.status === 'resolved' ? await hasFeedback(app.db, conversation) : false,
      };
    }

    async function switchTo(conversation: ConversationRow | undefined, token: string | null): Promise<void> {
      if (socket.data.conversationId) await socket.leave(conversationRoom(socket.data.conversationId));
      socket.data.conversationId = conversation?.id ?? null;
      socket.data.token = conversation ? token : null;
      if (conversation) await socket.join(conversationRoom(conversation.id));
    }

    // A second send while the first is still creating the conversation (a slow node, a retry) must
    // join it, not start another: one conversation per visitor until they ask for a new one.
    let starting: Promise<ConversationRow> | undefined;
    function ensureConversation(): Promise<ConversationRow> {
      starting ??= startOrResume().finally(() => (starting = undefined));
      return starting;
    }

    async function startOrResume(): Promise<ConversationRow> {
      const existing = await currentConversation();
      if (existing) return existing;
      const { visitor } = socket.data;
      const started = await service.start({
        storeId: socket.data.storeId,
        visitorId: socket.data.visitorId,
        customerId: visitor.customer?.id ?? null,
        locale: socket.data.locale,
        page: socket.data.page,
      });
      const conversation = visitor.verified ? await linkConversation(app.db, started.conversation, visitor.verified, visitor.customer ?? undefined) : started.conversation;
      await switchTo(conversation, started.token);
      return conversation;
    }

    socket.on('message:send', (data, ack) =>
      withAck(log, ack, async () => {
        if (!isRecord(data) || typeof data.text !== 'string' || typeof data.clientId !== 'string' || data.clientId.length < 8 || data.clientId.length > 64) {
          throw new ParleyError('VALIDATION', 'message:send needs {clientId (8–64 chars), text}');
        }
        const ids = Array.isArray(data.attachmentIds) ? data.attachmentIds.filter((id): id is string => typeof id === 'string').slice(0, MAX_ATTACHMENTS_PER_MESSAGE) : [];
        if (!data.text.trim() && ids.length === 0) throw new ParleyError('VALIDATION', 'text must not be empty');
        const conversation = await ensureConversation();
        const attachments = ids.length ? await listUnsent(app.db, conversation.id, ids) : [];
        const payload: MessagePayload | null = attachments.length ? { attachments: attachments.map(toAttachmentRef) } : null;
        // An image alone still needs words for the inbox list and e-mail notifications.
        const text = data.text.trim() || attachments.map((a) => `📷 ${a.name}`).join('\n');
        const message = await service.receiveShopperMessage(conversation, { clientId: data.clientId, text, payload });
        await markSent(app.db, attachments.map((a) => a.id), message.id);
        // Unless the message reopened the conversation, the row read above is still its current state.
        return { message, session: await sessionInfo(reopenedByShopperMessage(conversation.status) ? undefined : conversation) };
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
        return { session: await sessionInfo() };
      }),
    );

    socket.on('identify', (data, ack) =>
      withAck(log, ack, async () => {
        const store = await cachedStoreRow(app.db, socket.data.storeId);
        if (!store) throw new ParleyError('STORE_NOT_FOUND');
        const visitor = await identifyVisitor(app.db, store, isRecord(data) ? (data as WidgetIdentity) : undefined, app.clock.now());
        socket.data.visitor = visitor;
        socket.data.locale = localeOf(socket.data);
        const conversation = await currentConversation();
        if (conversation && !mayOpen(conversation, visitor)) await switchTo(undefined, null);
        else if (conversation && visitor.verified) await linkConversation(app.db, conversation, visitor.verified, visitor.customer ?? undefined);
        if (!visitor.status.verified && visitor.status.reason !== 'none') log.info({ reason: visitor.status.reason }, 'widget identity not verified; treating the visitor as anonymous');
        return { session: await sessionInfo() };
      }),
    );

    socket.on('locale:set', (data, ack) =>
      withAck(log, ack, async () => {
        const locale = isRecord(data) ? matchSupportedLocale(clip(data.locale, 35)) : undefined;
        if (!locale) throw new ParleyError('VALIDATION', 'locale must be one of the supported locales');
        socket.data.override = locale;
        socket.data.locale = localeOf(socket.data);
        const conversation = await currentConversation();
        if (conversation && conversation.locale !== socket.data.locale) await updateConversation(app.db, conversation.store_id, conversation.id, { locale: socket.data.locale });
        return { session: await sessionInfo() };
      }),
    );

    socket.on('conversation:start', (_data, ack) =>
      withAck(log, ack, async () => {
        await ensureConversation();
        return { session: await sessionInfo() };
      }),
    );

    socket.on('conversation:new', (_data, ack) =>
      withAck(log, ack, async () => {
        await switchTo(undefined, null);
        return { session: await sessionInfo() };
      }),
    );

    socket.on('conversation:open', (data, ack) =>
      withAck(log, ack, async () => {
        const token = isRecord(data) ? clip(data.token, 100) : null;
        const id = isRecord(data) ? clip(data.conversationId, 36) : null;
        const conversation = token ? await service.resume(socket.data.storeId, token) : id ? await getConversation(app.db, socket.data.storeId, id) : undefined;
        // By id only for a verified customer's own conversation; by token for whoever holds it.
        const allowed = conversation && mayOpen(conversation, socket.data.visitor) && (token || (conversation.customer_id && socket.data.visitor.customer));
        if (!conversation || !allowed) throw new ParleyError('CONVERSATION_NOT_FOUND');
        await switchTo(conversation, token);
        return { session: await sessionInfo(), messages: await service.history(conversation, 0) };
      }),
    );

    socket.on('conversations:list', (data, ack) =>
      withAck(log, ack, async () => {
        const tokens = isRecord(data) && Array.isArray(data.tokens) ? data.tokens.filter((t): t is string => typeof t === 'string' && t.length <= 100).slice(0, MAX_LISTED_TOKENS) : [];
        const byHash = new Map(tokens.map((token) => [hashToken(token), token]));
        const found = await service.listShopperConversations(socket.data.storeId, {
          tokenHashes: [...byHash.keys()],
          customerId: socket.data.visitor.customer?.id ?? null,
          limit: 50,
        });
        // Echo the browser's own token for each (never another's): it reopens the conversation.
        const conversations = found.map(({ tokenHash, ...c }) => ({ ...c, token: byHash.get(tokenHash) ?? null }));
        return { conversations };
      }),
    );

    socket.on('feedback:submit', (data, ack) =>
      withAck(log, ack, async () => {
        const conversation = await currentConversation();
        if (!conversation) throw new ParleyError('CONVERSATION_NOT_FOUND');
        const store = await cachedStoreRow(app.db, socket.data.storeId);
        if (!store) throw new ParleyError('STORE_NOT_FOUND');
        await submitFeedback(app.db, {
          conversation,
          scale: readWidgetSettings(store).csat,
          rating: isRecord(data) ? data.rating : undefined,
          comment: isRecord(data) ? data.comment : undefined,
        });
        return { session: await sessionInfo() };
      }),
    );
  });
  return nsp as unknown as Namespace;
}
