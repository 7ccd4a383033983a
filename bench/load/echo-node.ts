/**
 * The ceiling for the load benchmark: a bare socket.io server speaking the same events as Parley and
 * emitting the same packets per shopper message (ack; message, summary and reply to the shopper's
 * room; the same three to the store's agents) with no database and no assistant. Same IPC protocol
 * as parley-node.ts. With REDIS_URL it uses the Redis adapter, like Parley.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';

const STORE = 'echo-store';
const send = (message: Record<string, unknown>) => process.send?.(message);

const http = createServer();
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, pingInterval: 20_000, pingTimeout: 20_000 });
if (process.env.REDIS_URL) {
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
}
const widget = io.of('/widget');
const agents = io.of('/agents');
let seq = 0;

agents.on('connection', (socket) => void socket.join(`store:${STORE}`));
widget.on('connection', (socket) => {
  const conversationId = randomUUID();
  const token = randomUUID();
  void socket.join(`conv:${conversationId}`);
  socket.on('message:send', (data: { clientId?: string; text?: string }, ack?: (r: unknown) => void) => {
    const now = new Date().toISOString();
    const message = { id: randomUUID(), seq: ++seq, conversationId, author: 'shopper', text: String(data?.text ?? ''), clientId: data?.clientId, createdAt: now, internal: false };
    ack?.({ ok: true, message, session: { conversationId, token, status: 'bot', locale: 'en' } });
    const summary = { id: conversationId, storeId: STORE, status: 'bot', lastMessagePreview: message.text.slice(0, 140), lastMessageAt: now };
    widget.to(`conv:${conversationId}`).emit('message:created', message);
    agents.to(`store:${STORE}`).emit('message:created', { ...message, storeId: STORE });
    agents.to(`store:${STORE}`).emit('conversation:updated', summary);
    widget.to(`conv:${conversationId}`).emit('conversation:updated', { status: 'bot' });
    setImmediate(() => {
      const reply = { id: randomUUID(), seq: ++seq, conversationId, author: 'assistant', text: `echo: ${message.text}`, createdAt: new Date().toISOString(), internal: false };
      widget.to(`conv:${conversationId}`).emit('message:created', reply);
      agents.to(`store:${STORE}`).emit('message:created', { ...reply, storeId: STORE });
    });
  });
  socket.on('messages:sync', (_data: unknown, ack?: (r: unknown) => void) => ack?.({ ok: true, messages: [] }));
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = http.address();
  send({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0, storeId: STORE, agentCookies: Array.from({ length: Number(process.env.BENCH_AGENTS ?? 0) }, () => '') });
});

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
process.on('message', (message: { type: string; id?: number }) => {
  if (message.type === 'stats') {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const lag = (ns: number) => Math.max(0, ms(ns) - 10);
    send({ type: 'stats', eventLoop: { p50Ms: lag(loopDelay.percentile(50)), p99Ms: lag(loopDelay.percentile(99)), maxMs: lag(loopDelay.max) } });
    loopDelay.reset();
  } else if (message.type === 'query') {
    send({ type: 'rows', id: message.id, rows: [] });
  } else if (message.type === 'stop') {
    io.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  }
});
process.on('disconnect', () => process.exit(0));
