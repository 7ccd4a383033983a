/**
 * Simulated agents: inbox sockets (`/agents`, session cookie) spread over the nodes. Each records the
 * messages it was shown and how long a shopper's message took to reach it — across nodes when the
 * shopper is on another one.
 */
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { LatencyWindow } from './latency.js';

export class AgentPool {
  readonly sockets: Socket[] = [];
  /** Per agent: seqs of messages shown. */
  readonly seen: Array<Set<number>> = [];
  readonly latency = new LatencyWindow();
  summaries = 0;
  connectErrors = 0;

  constructor(
    private readonly urls: string[],
    private readonly cookies: string[],
    private readonly sentAt: Map<string, number>,
  ) {}

  async connect(): Promise<number> {
    await Promise.all(
      this.cookies.map(
        (cookie, i) =>
          new Promise<void>((resolve) => {
            const socket = io(`${this.urls[i % this.urls.length]}/agents`, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
            const seen = new Set<number>();
            this.sockets.push(socket);
            this.seen.push(seen);
            socket.on('message:created', (m: Message) => {
              seen.add(m.seq);
              const sentAt = m.author === 'shopper' && m.clientId ? this.sentAt.get(m.clientId) : undefined;
              if (sentAt !== undefined) this.latency.add(Date.now() - sentAt);
            });
            socket.on('conversation:updated', () => this.summaries++);
            socket.once('connect', () => resolve());
            socket.once('connect_error', () => {
              this.connectErrors++;
              resolve();
            });
          }),
      ),
    );
    return this.sockets.filter((s) => s.connected).length;
  }

  close(): void {
    for (const s of this.sockets) s.disconnect();
  }
}
