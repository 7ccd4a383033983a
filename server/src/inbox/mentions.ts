/**
 * @mentions in private notes: "@ana can you check the refund?" notifies Ana wherever she is in the
 * inbox. A handle is the local part of the agent's e-mail; a unique first name works too.
 */
import type { Queryable } from '../db/types.js';
import type { Message } from '../../../protocol/messages.js';
import type { MentionNotice } from '../../../protocol/agent-events.js';
import type { InboxContext } from './inbox-context.js';
import { listMembers, mentionHandle } from './members-repository.js';
import { agentRoom } from './presence.js';

interface Mentionable {
  agent_id: string;
  name: string;
  email: string;
}

const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;

/** Agent ids mentioned in a note (each once). */
export function findMentions(text: string, members: readonly Mentionable[]): string[] {
  const byHandle = new Map<string, string>();
  const firstNames = new Map<string, string[]>();
  for (const m of members) {
    byHandle.set(mentionHandle(m.email), m.agent_id);
    byHandle.set(m.name.toLowerCase().replace(/\s+/g, ''), m.agent_id);
    const first = m.name.toLowerCase().split(/\s+/)[0];
    if (first) firstNames.set(first, [...(firstNames.get(first) ?? []), m.agent_id]);
  }
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const token = match[1]!.toLowerCase().replace(/[._-]+$/, '');
    const id = byHandle.get(token) ?? (firstNames.get(token)?.length === 1 ? firstNames.get(token)![0] : undefined);
    if (id) found.add(id);
  }
  return [...found];
}

interface MentionRow {
  id: string;
  store_id: string;
  conversation_id: string;
  message_id: string;
  by_name: string | null;
  text: string;
  created_at: Date;
}

const toNotice = (r: MentionRow): MentionNotice => ({
  id: r.id,
  storeId: r.store_id,
  conversationId: r.conversation_id,
  messageId: r.message_id,
  byName: r.by_name ?? 'An agent',
  excerpt: r.text.slice(0, 160),
  createdAt: new Date(r.created_at).toISOString(),
});

const NOTICE_SELECT = `SELECT mn.id, mn.store_id, mn.conversation_id, mn.message_id, a.name AS by_name, m.text, mn.created_at
  FROM mentions mn JOIN messages m ON m.id = mn.message_id LEFT JOIN agents a ON a.id = m.agent_id`;

/** Stores the mentions of a new private note and tells each mentioned agent. */
export async function recordMentions(ctx: InboxContext, storeId: string, note: Message, authorId: string): Promise<string[]> {
  const mentioned = findMentions(note.text, await listMembers(ctx.db, storeId)).filter((id) => id !== authorId);
  if (mentioned.length === 0) return [];
  const { rows } = await ctx.db.query<{ id: string }>(
    `INSERT INTO mentions (store_id, conversation_id, message_id, agent_id)
     SELECT $1, $2, $3, unnest($4::uuid[]) ON CONFLICT (message_id, agent_id) DO NOTHING RETURNING id`,
    [storeId, note.conversationId, note.id, mentioned],
  );
  if (rows.length > 0) {
    const notices = await ctx.db.query<MentionRow & { agent_id: string }>(`${NOTICE_SELECT.replace('SELECT ', 'SELECT mn.agent_id, ')} WHERE mn.id = ANY($1::uuid[])`, [
      rows.map((r) => r.id),
    ]);
    for (const n of notices.rows) ctx.agents()?.to(agentRoom(n.agent_id)).emit('mention:created', toNotice(n));
  }
  return mentioned;
}

export async function listMentions(q: Queryable, agentId: string, storeIds: readonly string[], unreadOnly: boolean): Promise<MentionNotice[]> {
  const { rows } = await q.query<MentionRow>(
    `${NOTICE_SELECT} WHERE mn.agent_id = $1 AND mn.store_id = ANY($2::text[]) ${unreadOnly ? 'AND mn.read_at IS NULL' : ''}
     ORDER BY mn.created_at DESC LIMIT 50`,
    [agentId, [...storeIds]],
  );
  return rows.map(toNotice);
}

/** Marks the agent's mentions in one conversation as read (opening it counts as reading). */
export async function markMentionsRead(q: Queryable, agentId: string, conversationId: string): Promise<number> {
  const { affectedRows } = await q.query('UPDATE mentions SET read_at = now() WHERE agent_id = $1 AND conversation_id = $2 AND read_at IS NULL', [
    agentId,
    conversationId,
  ]);
  return affectedRows;
}
