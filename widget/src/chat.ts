/**
 * The widget's brain: one state object the UI renders, and the actions the UI and `window.Parley`
 * call. Messages reach the state only through `receive` (ack, broadcast, resync), which shows each
 * once and fires the public `message` event once. Sends go through a persisted outbox that is
 * flushed in order whenever the link is up, so nothing typed offline or before a reload is lost.
 */
import type { Message } from '../../protocol/messages.js';
import type { SessionInfo, WidgetAuth, WidgetConfig, WidgetConversation, WidgetIdentity } from '../../protocol/widget-events.js';
import { openSocket, request, type WidgetSocket } from './connection.js';
import { Emitter } from './emitter.js';
import { ENGLISH, translate, type StringKey, type Strings } from './i18n/translate.js';
import { isRtl, matchLocale } from './i18n/locale.js';
import { WidgetStorage, randomId } from './storage.js';
import { countUnread, lastSeq, mergeMessages, publicMessage, settlePending, type PendingMessage } from './timeline.js';
import { Attachments } from './attachments.js';
import type { TransportName } from './transport/engine.js';

export interface ChatState {
  config: WidgetConfig | null;
  strings: Strings;
  locale: string;
  isOpen: boolean;
  view: 'chat' | 'history';
  link: 'idle' | 'connecting' | 'online' | 'offline';
  session: SessionInfo | null;
  messages: Message[];
  pending: PendingMessage[];
  /** Replies being streamed, by streamId. */
  streams: Record<string, string>;
  typing: { author: string; name?: string } | null;
  unread: number;
  handoffAsked: boolean;
  conversations: WidgetConversation[] | null;
  /** The last thing to announce to screen readers. */
  announcement: string;
  csatThanks: boolean;
}

export interface ChatOptions {
  host: string;
  storeId: string;
  override?: string;
  pageLocale?: string;
  transports?: TransportName[];
}

export class Chat {
  state: ChatState;
  readonly events = new Emitter();
  readonly storage: WidgetStorage;
  readonly attachments: Attachments;
  private socket: WidgetSocket | undefined;
  private readonly listeners = new Set<() => void>();
  private identity: WidgetIdentity | undefined;
  private override: string | undefined;
  private flushing = false;
  private readonly emitted = new Set<string>();
  /** Token of the conversation whose history is loaded; its first sync is history, not news. */
  private loadedToken: string | null = null;
  private handedOff = new Set<string>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly options: ChatOptions) {
    this.storage = new WidgetStorage(`parley:${options.storeId}`);
    this.attachments = new Attachments(this);
    this.override = matchLocale(options.override);
    this.state = {
      config: null, strings: ENGLISH, locale: this.override ?? options.pageLocale ?? 'en', isOpen: false, view: 'chat', link: 'idle',
      session: null, messages: [], pending: this.storage.outbox().map((p) => ({ ...p, state: 'sending' as const })),
      streams: {}, typing: null, unread: 0, handoffAsked: false, conversations: null, announcement: '', csatThanks: false,
    };
  }

  // ---- state plumbing -------------------------------------------------------------------------
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  set(patch: Partial<ChatState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((fn) => fn());
  }
  t = (key: StringKey, vars?: Record<string, string | number>): string => translate(this.state.strings, key, vars);

  // ---- boot -----------------------------------------------------------------------------------
  async start(): Promise<void> {
    await this.loadConfig(this.override ?? this.options.pageLocale);
    // Connect now only if there is something to resume or send; otherwise on first open.
    if (this.storage.currentToken() || this.state.pending.length) this.connect();
    addEventListener('storage', (e) => {
      if (e.key === this.storage.key('current') && e.newValue) {
        const token = JSON.parse(e.newValue) as string;
        if (token !== this.state.session?.token) void this.openConversation({ token });
      }
    });
    document.addEventListener('visibilitychange', () => this.markRead());
  }

  async loadConfig(locale: string | undefined): Promise<void> {
    const query = new URLSearchParams({ ...(locale ? { locale } : {}), tz: Intl.DateTimeFormat().resolvedOptions().timeZone ?? '' });
    const res = await fetch(`${this.options.host}/api/widget/${encodeURIComponent(this.options.storeId)}/config?${query}`);
    if (!res.ok) throw new Error(`Parley: store config failed (${res.status})`);
    const config = (await res.json()) as WidgetConfig;
    this.set({ config, strings: { ...ENGLISH, ...config.strings }, locale: config.locale });
  }

  private auth(): WidgetAuth {
    const token = this.storage.currentToken();
    const handle = /\/products\/([^/?#]+)/.exec(location.pathname)?.[1];
    return {
      storeId: this.options.storeId,
      visitorId: this.storage.visitorId(),
      ...(token ? { token } : {}),
      ...(this.override ? { locale: this.override } : {}),
      ...(this.options.pageLocale ? { pageLocale: this.options.pageLocale } : {}),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      page: { url: location.origin + location.pathname, title: document.title.slice(0, 200), ...(handle ? { productHandle: decodeURIComponent(handle) } : {}) },
      ...(this.identity ? { identity: this.identity } : {}),
    };
  }

  connect(): WidgetSocket {
    if (this.socket) return this.socket;
    this.set({ link: 'connecting' });
    const socket = openSocket(this.options.host, () => this.auth(), this.options.transports);
    this.socket = socket;
    socket.on('connect', () => {
      this.set({ link: 'online' });
      void this.resync().then(() => this.flush());
    });
    socket.on('disconnect', () => this.set({ link: 'offline', typing: null }));
    socket.on('connect_error', () => this.set({ link: navigator.onLine ? 'connecting' : 'offline' }));
    socket.on('session', (s) => this.applySession(s as SessionInfo, { initial: true }));
    socket.on('message:created', (data) => {
      const m = data as Message;
      if (this.isCurrent(m.conversationId)) this.receive([m]);
    });
    socket.on('message:stream', (data) => {
      const s = data as { streamId: string; conversationId: string; text: string };
      if (this.isCurrent(s.conversationId)) this.set({ streams: { ...this.state.streams, [s.streamId]: s.text }, typing: null });
    });
    socket.on('typing', (data) => {
      const e = data as { author: string; typing: boolean; name?: string };
      clearTimeout(this.typingTimer);
      this.set({ typing: e.typing ? { author: e.author, ...(e.name ? { name: e.name } : {}) } : null });
      if (e.typing) this.typingTimer = setTimeout(() => this.set({ typing: null }), 8000);
    });
    socket.on('conversation:updated', (data) => {
      if (this.state.session) this.applySession({ ...this.state.session, status: (data as { status: string }).status });
    });
    return socket;
  }

  // ---- arrivals -------------------------------------------------------------------------------
  /** Before the first ack names the new conversation, its broadcasts are ours too. */
  private isCurrent(conversationId: string): boolean {
    const current = this.state.session?.conversationId;
    return !current || current === conversationId;
  }

  /** `initial`: the state found on (re)connecting or opening, not a change seen happening. */
  applySession(session: SessionInfo, options?: { initial?: boolean }): void {
    const initial = options?.initial ?? false;
    const previous = this.state.session;
    if (session.token && session.token !== this.storage.currentToken()) this.storage.setCurrentToken(session.token);
    if (previous?.conversationId && previous.conversationId !== session.conversationId) this.set({ messages: [], streams: {} });
    const withHumans = session.status === 'open' || session.status === 'pending' || session.status === 'snoozed';
    if (session.conversationId && withHumans && !this.handedOff.has(session.conversationId)) {
      this.handedOff.add(session.conversationId);
      if (!initial) this.events.emit('handoff', { conversationId: session.conversationId, requested: this.state.handoffAsked });
    }
    this.set({ session, ...(session.status !== 'resolved' ? { csatThanks: false } : {}) });
    // The server resolved the locale with what only it knows (the customer's locale).
    if (session.locale && session.locale !== this.state.locale) void this.loadConfig(session.locale);
  }

  receive(incoming: Message[], options?: { silent?: boolean }): void {
    const silent = options?.silent ?? false;
    const before = this.state.messages;
    const messages = mergeMessages(before, incoming);
    const pending = settlePending(this.state.pending, messages);
    const settled = pending !== this.state.pending;
    if (messages === before && !settled) return;
    const fresh = messages.filter((m) => !this.emitted.has(m.id));
    fresh.forEach((m) => this.emitted.add(m.id));
    const replies = fresh.filter((m) => m.author !== 'shopper');
    // Replies are written one at a time per conversation: a finished reply ends any stream, even one
    // abandoned midway (the assistant fell back to another composer and sent a different message).
    const streams = replies.length ? {} : this.state.streams;
    const last = replies[replies.length - 1];
    this.set({
      messages,
      pending,
      streams,
      ...(last && !silent ? { typing: null, announcement: this.t('newFrom', { name: this.authorName(last), text: last.text }) } : {}),
    });
    if (settled) this.storage.saveOutbox(pending);
    if (!silent) fresh.forEach((m) => this.events.emit('message', publicMessage(m)));
    this.refreshUnread();
  }

  authorName(m: Message): string {
    if (m.author === 'agent') return m.agentName ?? this.t('team');
    if (m.author === 'assistant') return this.t('assistant');
    if (m.author === 'shopper') return this.t('you');
    return this.state.config?.name ?? '';
  }

  private async resync(): Promise<void> {
    const socket = this.socket;
    const token = this.storage.currentToken();
    if (!socket || !token) return;
    const silent = this.loadedToken !== token;
    const res = await request<{ messages: Message[] }>(socket, 'messages:sync', { afterSeq: silent ? 0 : lastSeq(this.state.messages) });
    if (!res.ok) return;
    this.receive(res.messages, { silent });
    this.loadedToken = token;
  }

  // ---- sending --------------------------------------------------------------------------------
  send(text: string, attachmentIds: string[] = [], previews: string[] = []): void {
    const trimmed = text.trim();
    if (!trimmed && attachmentIds.length === 0) return;
    const pending: PendingMessage = { clientId: randomId(), text: trimmed, createdAt: new Date().toISOString(), state: 'sending', ...(attachmentIds.length ? { attachmentIds, previews } : {}) };
    this.set({ pending: [...this.state.pending, pending] });
    this.storage.saveOutbox(this.state.pending);
    this.connect();
    void this.flush();
  }

  retry(clientId: string): void {
    this.set({ pending: this.state.pending.map((p) => (p.clientId === clientId ? { ...p, state: 'sending' as const } : p)) });
    this.connect();
    void this.flush();
  }

  /** Sends queued messages one by one, in order, while the link is up. */
  async flush(): Promise<void> {
    if (this.flushing || !this.socket?.connected) return;
    this.flushing = true;
    try {
      for (;;) {
        const next = this.state.pending.find((p) => p.state === 'sending');
        if (!next || !this.socket?.connected) break;
        const res = await request<{ message: Message; session: SessionInfo }>(this.socket, 'message:send', { clientId: next.clientId, text: next.text, attachmentIds: next.attachmentIds });
        if (res.ok) {
          this.applySession(res.session);
          this.loadedToken ??= res.session.token;
          this.receive([res.message]);
        } else if (res.code === 'TIMEOUT') {
          break; // still queued: the next connect flushes again
        } else {
          this.set({ pending: this.state.pending.map((p) => (p.clientId === next.clientId ? { ...p, state: 'failed' as const } : p)) });
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  typing(active: boolean): void {
    if (this.socket?.connected && this.state.session?.conversationId) this.socket.emit('typing', { typing: active });
  }

  // ---- conversation actions -------------------------------------------------------------------
  async requestHandoff(): Promise<void> {
    this.set({ handoffAsked: true });
    const res = await request<{ session: SessionInfo }>(this.connect(), 'handoff:request', {});
    if (res.ok) this.applySession(res.session);
  }

  async ensureConversation(): Promise<string | null> {
    const token = this.state.session?.token;
    if (token) return token;
    const res = await request<{ session: SessionInfo }>(this.connect(), 'conversation:start', {});
    if (!res.ok) return null;
    this.applySession(res.session);
    this.loadedToken = res.session.token;
    return res.session.token;
  }

  async rate(rating: number, comment: string): Promise<boolean> {
    const res = await request<{ session: SessionInfo }>(this.connect(), 'feedback:submit', { rating, comment });
    if (res.ok) {
      this.applySession(res.session);
      this.set({ csatThanks: true });
    }
    return res.ok;
  }

  async showHistory(): Promise<void> {
    this.set({ view: 'history', conversations: null });
    const res = await request<{ conversations: WidgetConversation[] }>(this.connect(), 'conversations:list', { tokens: this.storage.tokens() });
    this.set({ conversations: res.ok ? res.conversations : [] });
  }

  async openConversation(target: { token?: string; conversationId?: string }): Promise<void> {
    const res = await request<{ session: SessionInfo; messages: Message[] }>(this.connect(), 'conversation:open', target);
    if (!res.ok) return;
    this.set({ messages: [], streams: {}, typing: null, view: 'chat', handoffAsked: false });
    this.loadedToken = res.session.token;
    this.applySession(res.session, { initial: true });
    this.receive(res.messages, { silent: true });
    this.markRead();
  }

  async newConversation(): Promise<void> {
    const res = await request<{ session: SessionInfo }>(this.connect(), 'conversation:new', {});
    if (!res.ok) return;
    this.storage.setCurrentToken(null);
    this.loadedToken = null;
    this.set({ messages: [], streams: {}, typing: null, view: 'chat', handoffAsked: false, session: res.session });
  }

  // ---- public API helpers ---------------------------------------------------------------------
  setOpen(isOpen: boolean): void {
    if (isOpen === this.state.isOpen) return;
    this.set({ isOpen, ...(isOpen ? {} : { view: 'chat' as const }) });
    if (isOpen) {
      this.connect();
      this.markRead();
    }
    this.events.emit(isOpen ? 'open' : 'close');
  }

  async setLocale(locale: string): Promise<void> {
    const matched = matchLocale(locale);
    if (!matched) return;
    this.override = matched;
    if (!this.state.config) return; // not started yet: start() loads this locale
    if (this.socket?.connected) {
      const res = await request<{ session: SessionInfo }>(this.socket, 'locale:set', { locale: matched });
      if (res.ok) return this.applySession(res.session);
    }
    await this.loadConfig(matched);
  }

  async identify(identity: WidgetIdentity): Promise<void> {
    const who = identity.id ?? identity.email ?? null;
    const known = this.storage.identityKey();
    if (known && who && known !== who) {
      this.storage.clearConversations(); // someone else on this device: never show the previous shopper's chats
      this.set({ messages: [], pending: [], session: null });
    }
    if (who) this.storage.setIdentityKey(who);
    this.identity = identity;
    if (this.socket?.connected) {
      const res = await request<{ session: SessionInfo }>(this.socket, 'identify', identity);
      if (res.ok) this.applySession(res.session);
    }
  }

  /** Forgets this device's conversations and identity (call on sign-out). */
  reset(): void {
    this.storage.clearConversations();
    this.storage.setIdentityKey(null);
    this.identity = undefined;
    this.set({ messages: [], pending: [], session: null, unread: 0 });
    this.socket?.disconnect();
    this.socket?.connect();
  }

  markRead(): void {
    const id = this.state.session?.conversationId;
    if (id && this.state.isOpen && document.visibilityState === 'visible') this.storage.setReadSeq(id, lastSeq(this.state.messages));
    this.refreshUnread();
  }

  private refreshUnread(): void {
    const id = this.state.session?.conversationId;
    if (this.state.isOpen && document.visibilityState === 'visible' && id) this.storage.setReadSeq(id, lastSeq(this.state.messages));
    const unread = id ? countUnread(this.state.messages, this.storage.readSeq(id)) : 0;
    if (unread !== this.state.unread) this.set({ unread });
  }

  get rtl(): boolean {
    return this.state.config?.rtl ?? isRtl(this.state.locale);
  }

  /** Dates and times in the shopper's own variant of the UI language (en-GB: 24 h, day first). */
  formatLocale(): string {
    const browser = navigator.language;
    return browser && browser.split('-')[0] === this.state.locale.split('-')[0] ? browser : this.state.locale;
  }
}
