/**
 * The widget's own socket.io client (widget/src/transport) against the real server over HTTP
 * long-polling: connect with auth, acknowledgements, server events, connect errors, reconnection.
 * (The WebSocket path runs in the browser suite.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../protocol/messages.js';
import type { SessionInfo } from '../../protocol/widget-events.js';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { AckTimeout, IoSocket } from '../../widget/src/transport/socket.js';

function next<T>(socket: IoSocket, event: string): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    socket.on(event, (data) => {
      if (!done) resolve(data as T);
      done = true;
    });
  });
}

describe('widget transport (long-polling)', () => {
  let t: TestApp;
  let base: string;
  const sockets: IoSocket[] = [];
  const open = (auth: object) => {
    const socket = new IoSocket(base, '/widget', { auth: () => auth, transports: ['polling'] });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('connects with the auth object, sends with an ack and receives broadcasts', async () => {
    const socket = open({ storeId: 'mini-store', locale: 'es' });
    const session = next<SessionInfo>(socket, 'session');
    const connected = next(socket, 'connect');
    // Emitted before the link is up: buffered and sent on connect.
    const reply = socket.request('message:send', { clientId: 'transport-0001', text: 'hola por polling' }, 10_000) as Promise<{ ok: boolean; message: Message; session: SessionInfo }>;
    const notice = new Promise<Message>((resolve) => socket.on('message:created', (m) => (m as Message).author === 'system' && resolve(m as Message)));
    socket.connect();
    await connected;
    expect((await session).locale).toBe('es');
    const ack = await reply;
    expect(ack.ok).toBe(true);
    expect(ack.message.text).toBe('hola por polling');
    expect((await notice).language).toBe('es');
    const { rows } = await t.app.db.query<{ n: string }>("SELECT count(*)::text AS n FROM messages WHERE client_id = 'transport-0001'");
    expect(rows[0]?.n).toBe('1');
  });

  it('reports a refused handshake as connect_error', async () => {
    const socket = open({ storeId: 'no-such-store' });
    const refused = next<{ message: string }>(socket, 'connect_error');
    socket.connect();
    expect((await refused).message).toBe('unknown store');
    socket.disconnect();
  });

  it('fails pending acks when the link drops, then reconnects and resumes by token', async () => {
    let token: string | undefined;
    const socket = open({ storeId: 'mini-store' });
    const rebuilt = new IoSocket(base, '/widget', { auth: () => ({ storeId: 'mini-store', ...(token ? { token } : {}) }), transports: ['polling'] });
    sockets.push(rebuilt);
    socket.connect();
    await next(socket, 'connect');
    const first = (await socket.request('message:send', { clientId: 'transport-0002', text: 'before the drop' }, 10_000)) as { session: SessionInfo };
    token = first.session.token!;

    rebuilt.connect();
    await next(rebuilt, 'connect');
    const disconnected = next<string>(rebuilt, 'disconnect');
    // An event the server never acknowledges: only the dropped link can end the wait early.
    const started = Date.now();
    const unanswered = rebuilt.request('no:such-event', {}, 20_000);
    t.app.io.of('/widget').sockets.forEach((s) => s.handshake.auth.token === token && s.disconnect(true)); // the server drops it
    await expect(disconnected).resolves.toBeTruthy();
    await expect(unanswered).rejects.toBeInstanceOf(AckTimeout);
    expect(Date.now() - started).toBeLessThan(10_000);

    await next(rebuilt, 'connect'); // reconnects by itself, with the same auth function
    const history = (await rebuilt.request('messages:sync', { afterSeq: 0 }, 10_000)) as { messages: Message[] };
    expect(history.messages.map((m) => m.text)).toContain('before the drop');
  });
});
