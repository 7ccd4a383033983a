/**
 * The simulated agents, in a process of their own: 20 inbox sockets each receive every message of the
 * store, tens of thousands of packets a second at peak — parsing them in the shoppers' process would
 * make the load generator, not the server, the bottleneck. Speaks IPC with agents.ts:
 *   → {type: 'ready', connected}
 *   ← {type: 'mark'} · {type: 'read'} → {type: 'latency', summary, summaries}
 *   ← {type: 'missing', seqs} → {type: 'missing', missing}   (stored messages a connected agent never saw)
 *   ← {type: 'stop'}
 */
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { LatencyWindow } from './latency.js';

const urls = JSON.parse(process.env.BENCH_AGENT_URLS ?? '[]') as string[];
const cookies = JSON.parse(process.env.BENCH_AGENT_COOKIES ?? '[]') as string[];
const send = (m: Record<string, unknown>) => process.send?.(m);

const sockets: Socket[] = [];
const seen: Array<Set<number>> = [];
const latency = new LatencyWindow();
let summaries = 0;

await Promise.all(
  cookies.map(
    (cookie, i) =>
      new Promise<void>((resolve) => {
        const socket = io(`${urls[i % urls.length]}/agents`, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
        const mine = new Set<number>();
        sockets.push(socket);
        seen.push(mine);
        socket.on('message:created', (m: Message) => {
          mine.add(m.seq);
          // From the moment the server stored it to this agent's screen (same machine, same clock).
          if (m.author === 'shopper') latency.add(Date.now() - Date.parse(m.createdAt));
        });
        socket.on('conversation:updated', () => summaries++);
        socket.once('connect', () => resolve());
        socket.once('connect_error', () => resolve());
      }),
  ),
);
send({ type: 'ready', connected: sockets.filter((s) => s.connected).length });

process.on('message', (m: { type: string; seqs?: number[] }) => {
  if (m.type === 'mark') latency.reset();
  else if (m.type === 'read') send({ type: 'latency', summary: latency.summary(), summaries });
  else if (m.type === 'missing') {
    let missing = 0;
    seen.forEach((set, i) => {
      if (sockets[i]?.connected) for (const seq of m.seqs ?? []) if (!set.has(seq)) missing++;
    });
    send({ type: 'missing', missing });
  } else if (m.type === 'stop') {
    sockets.forEach((s) => s.disconnect());
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
