/** What the inbox does: sign in, load and refresh the queue, open a conversation, act on it. */
import type { ConversationDetail, InboxItem, InboxMessage, InboxView, Priority, StoreMember, ViewCounts } from '../../../protocol/agent-events.js';
import type { Message } from '../../../protocol/messages.js';
import { api, ApiError, query, setCsrfToken, whenSignedOut } from '../lib/api.js';
import { matchesFilters, matchesView, sortItems } from '../lib/queue-rules.js';
import { getState, setState, toast, type Me } from './store.js';
import { connectRealtime, disconnectRealtime, viewConversation } from './realtime.js';
import { navigate } from './router.js';

interface MeResponse extends Me {
  csrfToken: string;
}

function signedIn(me: MeResponse): void {
  setCsrfToken(me.csrfToken);
  setState({ me: { agent: me.agent, stores: me.stores }, booting: false });
  connectRealtime();
  void refreshQueue();
  void loadMentions();
  for (const s of me.stores) void loadMembers(s.storeId);
}

export async function boot(): Promise<void> {
  whenSignedOut(() => {
    disconnectRealtime();
    setState({ me: null, page: getState().page === 'invite' ? 'invite' : 'login', booting: false });
  });
  try {
    signedIn(await api.get<MeResponse>('/api/auth/me'));
  } catch {
    setState({ booting: false, me: null });
  }
}

export async function login(email: string, password: string): Promise<void> {
  signedIn(await api.post<MeResponse>('/api/auth/login', { email, password }));
  navigate('/inbox');
}

export async function acceptInvite(token: string, name: string, password: string): Promise<void> {
  signedIn(await api.post<MeResponse>('/api/auth/invites/accept', { token, name, password }));
  navigate('/inbox');
}

export async function logout(everywhere = false): Promise<void> {
  await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout').catch(() => undefined);
  disconnectRealtime();
  setState({ me: null, items: [], detail: null, selected: null, counts: null });
  navigate('/inbox');
}

export async function updateProfile(patch: Partial<Pick<Me['agent'], 'name' | 'languages' | 'timezone' | 'availability'>>): Promise<void> {
  const me = await api.patch<MeResponse>('/api/auth/me', patch);
  setState({ me: { agent: me.agent, stores: me.stores } });
}

// ---- the queue ----

let listRequest = 0;
const PAGE = 100;

/** The next page of the current view, appended (rows pushed meanwhile are not repeated). */
export async function loadMore(): Promise<void> {
  const s = getState();
  const ticket = listRequest;
  try {
    const res = await api.get<{ conversations: InboxItem[] }>(`/api/inbox/conversations${query({ view: s.view, sort: s.sort, limit: PAGE, offset: s.items.length, ...s.filters })}`);
    if (ticket !== listRequest) return;
    const known = new Set(getState().items.map((i) => i.id));
    setState((now) => ({ items: [...now.items, ...res.conversations.filter((i) => !known.has(i.id))], hasMore: res.conversations.length === PAGE }));
  } catch (err) {
    reportError(err);
  }
}

export async function refreshQueue(): Promise<void> {
  const s = getState();
  const ticket = ++listRequest;
  setState({ listLoading: true });
  try {
    const res = await api.get<{ conversations: InboxItem[] }>(`/api/inbox/conversations${query({ view: s.view, sort: s.sort, limit: PAGE, ...s.filters })}`);
    if (ticket === listRequest) setState({ items: res.conversations, listLoading: false, hasMore: res.conversations.length === PAGE });
  } catch (err) {
    if (ticket === listRequest) setState({ listLoading: false });
    reportError(err);
  }
  void refreshCounts();
}

let countsTimer: ReturnType<typeof setTimeout> | undefined;
/** Counts change with every pushed row; ask once per burst. */
export function refreshCounts(): void {
  clearTimeout(countsTimer);
  countsTimer = setTimeout(async () => {
    const f = getState().filters;
    const res = await api
      .get<{ counts: ViewCounts }>(`/api/inbox/counts${query({ storeId: f.storeId, language: f.language, channel: f.channel, intent: f.intent, priority: f.priority, label: f.label })}`)
      .catch(() => undefined);
    if (res) setState({ counts: res.counts });
  }, 250);
}

export function setView(view: InboxView): void {
  setState({ view, items: [] });
  void refreshQueue();
}

export function setFilters(filters: Partial<ReturnType<typeof getState>['filters']>): void {
  setState((s) => ({ filters: { ...s.filters, ...filters } }));
  void refreshQueue();
}

/** A row pushed by the server: insert, update or drop it from the open view. */
export function applyItem(item: InboxItem): void {
  const s = getState();
  if (!s.me) return;
  const present = s.items.some((i) => i.id === item.id);
  const belongs = matchesView(item, s.view, s.me.agent.id) && matchesFilters(item, s.filters);
  let items = s.items.filter((i) => i.id !== item.id);
  // With a text search active only the server knows what matches; keep rows already shown.
  if (belongs && (present || !s.filters.q)) items = sortItems([...items, item], s.sort);
  const detail = s.detail && s.detail.conversation.id === item.id ? { ...s.detail, conversation: item } : s.detail;
  setState({ items, detail });
  refreshCounts();
}

// ---- one conversation ----

export async function openConversation(storeId: string, id: string, push = true): Promise<void> {
  setState({ selected: { storeId, id }, detailError: null, ...(getState().detail?.conversation.id === id ? {} : { detail: null }) });
  if (push) navigate(`/inbox/c/${storeId}/${id}`);
  viewConversation(id);
  try {
    const detail = await api.get<ConversationDetail>(`/api/stores/${storeId}/conversations/${id}`);
    if (getState().selected?.id === id) setState({ detail });
    const read = await api.post<{ mentionsRead: number }>(`/api/stores/${storeId}/conversations/${id}/read`);
    if (read.mentionsRead > 0) void loadMentions();
  } catch (err) {
    setState({ detailError: err instanceof ApiError ? err.message : 'Could not load the conversation' });
  }
}

/** Nothing open any more (e.g. the browser went back to /inbox). */
export function clearSelection(): void {
  if (!getState().selected) return;
  setState({ selected: null, detail: null });
  viewConversation(null);
}

export function closeConversation(): void {
  clearSelection();
  navigate('/inbox');
}

/** A message pushed by the server (or our own, acknowledged): add it to the open transcript once. */
export function applyMessage(message: Message & { storeId?: string }): void {
  const detail = getState().detail;
  if (!detail || detail.conversation.id !== message.conversationId) return;
  if (detail.messages.some((m) => m.id === message.id)) return;
  setState({ detail: { ...detail, messages: [...detail.messages, message as InboxMessage] } });
}

export function patchMessage(messageId: string, patch: Partial<InboxMessage>): void {
  const detail = getState().detail;
  if (!detail) return;
  setState({ detail: { ...detail, messages: detail.messages.map((m) => (m.id === messageId ? { ...m, ...patch } : m)) } });
}

const convPath = (storeId: string, id: string) => `/api/stores/${storeId}/conversations/${id}`;

async function act(storeId: string, id: string, run: () => Promise<{ conversation: InboxItem }>): Promise<void> {
  try {
    applyItem((await run()).conversation);
  } catch (err) {
    reportError(err);
    throw err;
  }
}

export const assign = (storeId: string, id: string, assigneeId: string | null) =>
  act(storeId, id, () => api.post(`${convPath(storeId, id)}/assign`, { assigneeId }));

export const setStatus = (storeId: string, id: string, status: 'open' | 'pending' | 'snoozed' | 'resolved', snoozedUntil?: string) =>
  act(storeId, id, () => api.post(`${convPath(storeId, id)}/status`, { status, ...(snoozedUntil ? { snoozedUntil } : {}) }));

export const updateConversation = (storeId: string, id: string, patch: { priority?: Priority; labels?: string[] }) =>
  act(storeId, id, () => api.patch(convPath(storeId, id), patch));

export async function merge(storeId: string, targetId: string, sourceId: string): Promise<void> {
  await act(storeId, targetId, () => api.post(`${convPath(storeId, targetId)}/merge`, { sourceId }));
  await openConversation(storeId, targetId, false);
  toast('Conversations merged');
}

export async function sendMessage(storeId: string, id: string, input: { text: string; internal: boolean; translate: boolean; clientId: string }): Promise<void> {
  const res = await api.post<{ message: Message }>(`${convPath(storeId, id)}/messages`, input);
  applyMessage(res.message);
}

export async function translate(storeId: string, conversationId: string, messageId: string): Promise<void> {
  try {
    const res = await api.post<{ translation: { language: string; text: string } }>(`${convPath(storeId, conversationId)}/messages/${messageId}/translate`, {});
    patchMessage(messageId, { translation: res.translation });
  } catch (err) {
    reportError(err);
  }
}

// ---- team and mentions ----

export async function loadMembers(storeId: string): Promise<StoreMember[]> {
  const res = await api.get<{ members: StoreMember[] }>(`/api/stores/${storeId}/members`);
  setState((s) => ({ members: { ...s.members, [storeId]: res.members } }));
  return res.members;
}

export async function loadMentions(): Promise<void> {
  const res = await api.get<{ mentions: ReturnType<typeof getState>['mentions'] }>('/api/inbox/mentions?unread=true').catch(() => undefined);
  if (res) setState({ mentions: res.mentions });
}

export function reportError(err: unknown): void {
  toast(err instanceof ApiError ? err.message : 'Something went wrong; please retry', 'error');
}
