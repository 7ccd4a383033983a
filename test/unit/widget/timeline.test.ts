import { describe, expect, it } from 'vitest';
import type { Message } from '../../../protocol/messages.js';
import { countUnread, currentQuickReplies, lastSeq, mergeMessages, publicMessage, settlePending, type PendingMessage } from '../../../widget/src/timeline.js';

let seq = 0;
const msg = (over: Partial<Message> = {}): Message => {
  seq += 1;
  return { id: `m-${seq}`, seq, conversationId: 'c-1', author: 'assistant', text: `text ${seq}`, language: 'en', createdAt: new Date(seq * 1000).toISOString(), ...over };
};
const pending = (clientId: string): PendingMessage => ({ clientId, text: 'hi', createdAt: '', state: 'sending' });

describe('the message timeline', () => {
  it('shows every message once, in seq order, whatever path and order it arrives by', () => {
    const a = msg({ author: 'shopper', clientId: 'c-a' });
    const b = msg();
    const c = msg({ author: 'agent' });
    let list = mergeMessages([], [c]); // a broadcast overtook the resync
    list = mergeMessages(list, [a, b, c]); // resync from 0
    list = mergeMessages(list, [b]); // ack after broadcast
    expect(list.map((m) => m.id)).toEqual([a.id, b.id, c.id]);
    expect(mergeMessages(list, [a, c])).toBe(list); // nothing new: same array, no re-render
    expect(mergeMessages(list, [msg({ internal: true })])).toBe(list); // private notes never show
    expect(lastSeq(list)).toBe(c.seq);
  });

  it('settles pending sends when their stored copy arrives (by clientId)', () => {
    const stored = msg({ author: 'shopper', clientId: 'client-1' });
    const waiting = [pending('client-1'), pending('client-2')];
    expect(settlePending(waiting, [stored]).map((p) => p.clientId)).toEqual(['client-2']);
    expect(settlePending(waiting, [])).toBe(waiting);
  });

  it('counts unread replies after the read mark, never the shopper’s own', () => {
    const list = [msg({ author: 'shopper' }), msg(), msg({ author: 'agent' }), msg({ author: 'shopper' })];
    expect(countUnread(list, list[0]!.seq)).toBe(2);
    expect(countUnread(list, list[2]!.seq)).toBe(0);
  });

  it('offers the quick replies of the last reply only', () => {
    const offer = msg({ payload: { quickReplies: ['Yes', '', 'No', 42 as unknown as string] } });
    expect(currentQuickReplies([offer])).toEqual(['Yes', 'No']);
    expect(currentQuickReplies([offer, msg({ author: 'shopper' })])).toEqual([]);
    expect(currentQuickReplies([])).toEqual([]);
  });

  it('publishes the documented event shape', () => {
    const m = msg({ author: 'agent', agentName: 'Marta', clientId: 'x', sources: [{ articleId: 'a', title: 'Returns', locale: 'en' }] });
    expect(publicMessage(m)).toEqual({ id: m.id, conversationId: 'c-1', author: 'agent', text: m.text, language: 'en', createdAt: m.createdAt, sources: m.sources });
    expect(Object.keys(publicMessage(msg()))).not.toContain('sources');
  });
});
