/**
 * Simulated shoppers: real widget sockets (socket.io-client over websocket, as the widget connects),
 * opened at a bounded rate and sending messages open-loop at a target total rate, round-robin, so
 * every shopper speaks about once per `count / rate` seconds. Records ack and reply latency, errors,
 * and every message each socket received (for the gap and duplicate checks against the database).
 */
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { LatencyWindow } from './latency.js';
import { shopperText } from './shopper-texts.js';

export interface SentMessage {
  clientId: string;
  sentAt: number;
  ackAt?: number;
  messageId?: string;
  seq?: number;
  error?: string;
  repliedAt?: number;
}

export class Shopper {
  readonly socket: Socket;
  conversationId: string | null = null;
  token: string | null = null;
  readonly sent: SentMessage[] = [];
  /** Sent messages still waiting for the assistant's reply, oldest first. */
  readonly awaitingReply: SentMessage[] = [];
  /** seq → times delivered by `message:created`. */
  readonly delivered = new Map<number, number>();
  /** seqs known from acks and resyncs. */
  readonly known = new Set<number>();
  disconnects = 0;
  connected = false;

  constructor(
    readonly index: number,
    url: string,
    storeId: string,
    reconnect: boolean,
  ) {
    this.socket = io(`${url}/widget`, {
      auth: { storeId, visitorId: `bench-${index}` },
      transports: ['websocket'],
      reconnection: reconnect,
      reconnectionDelay: 200,
      reconnectionDelayMax: 2_000,
      forceNew: true,
      autoConnect: false,
    });
  }

  get maxSeq(): number {
    let max = 0;
    for (const s of this.known) max = Math.max(max, s);
    for (const s of this.delivered.keys()) max = Math.max(max, s);
    return max;
  }
}

export interface FleetWindow {
  seconds: number;
  /** Shopper sockets still connected at the end of the window (a starved event loop drops them). */
  connected: number;
  sent: number;
  acked: number;
  failed: Record<string, number>;
  ackedPerSecond: number;
  repliesPerSecond: number;
  ackLatencyMs: ReturnType<LatencyWindow['summary']>;
  replyLatencyMs: ReturnType<LatencyWindow['summary']>;
}

export class ShopperFleet {
  readonly shoppers: Shopper[] = [];
  /** clientId → send time, for the agents' delivery latency. */
  readonly sentAt = new Map<string, number>();
  private readonly ackLatency = new LatencyWindow();
  private readonly replyLatency = new LatencyWindow();
  private window = { start: Date.now(), sent: 0, acked: 0, replies: 0, failed: {} as Record<string, number> };
  private sender: NodeJS.Timeout | undefined;
  private cursor = 0;
  private counter = 0;
  connectErrors: Record<string, number> = {};

  constructor(private readonly options: { urls: string[]; storeId: string; count: number; rampPerSecond: number; ackTimeoutMs?: number; reconnect?: boolean }) {}

  /** Opens every socket, `rampPerSecond` at a time; resolves when all connected or failed. */
  async connect(): Promise<{ connected: number; errors: Record<string, number>; seconds: number }> {
    const started = Date.now();
    const { urls, storeId, count, rampPerSecond } = this.options;
    const batch = Math.max(1, Math.round(rampPerSecond / 20));
    const opening: Array<Promise<void>> = [];
    for (let i = 0; i < count; i += batch) {
      for (let j = i; j < Math.min(count, i + batch); j++) {
        const shopper = new Shopper(j, urls[j % urls.length]!, storeId, this.options.reconnect ?? false);
        this.shoppers.push(shopper);
        this.listen(shopper);
        opening.push(
          new Promise<void>((resolve) => {
            shopper.socket.once('connect', () => resolve());
            shopper.socket.once('connect_error', (err: Error) => {
              this.connectErrors[err.message] = (this.connectErrors[err.message] ?? 0) + 1;
              resolve();
            });
          }),
        );
        shopper.socket.connect();
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(opening);
    return { connected: this.shoppers.filter((s) => s.connected).length, errors: this.connectErrors, seconds: (Date.now() - started) / 1000 };
  }

  private listen(shopper: Shopper): void {
    const { socket } = shopper;
    socket.on('connect', () => (shopper.connected = true));
    socket.on('disconnect', () => {
      shopper.connected = false;
      shopper.disconnects++;
    });
    socket.on('message:created', (m: Message) => {
      shopper.delivered.set(m.seq, (shopper.delivered.get(m.seq) ?? 0) + 1);
      if (m.author === 'shopper') return;
      // A reply answers the oldest message still waiting for one.
      const answered = shopper.awaitingReply.shift();
      if (!answered) return;
      answered.repliedAt = Date.now();
      this.replyLatency.add(answered.repliedAt - answered.sentAt);
      this.window.replies++;
    });
  }

  /** Sends `ratePerSecond` messages per second in total from connected shoppers, round-robin. */
  start(ratePerSecond: number): void {
    this.stop();
    let last = Date.now();
    let carry = 0;
    this.sender = setInterval(() => {
      const now = Date.now();
      carry += ((now - last) / 1000) * ratePerSecond;
      last = now;
      let budget = Math.floor(carry);
      carry -= budget;
      for (let scanned = 0; budget > 0 && scanned < this.shoppers.length; scanned++) {
        const shopper = this.shoppers[this.cursor]!;
        this.cursor = (this.cursor + 1) % this.shoppers.length;
        if (!shopper.connected) continue;
        this.send(shopper);
        budget--;
      }
    }, 10);
  }

  stop(): void {
    if (this.sender) clearInterval(this.sender);
    this.sender = undefined;
  }

  send(shopper: Shopper, text = shopperText(this.counter)): SentMessage {
    const clientId = `bench-${shopper.index}-${++this.counter}`;
    const sent: SentMessage = { clientId, sentAt: Date.now() };
    shopper.sent.push(sent);
    shopper.awaitingReply.push(sent);
    this.sentAt.set(clientId, sent.sentAt);
    this.window.sent++;
    shopper.socket.timeout(this.options.ackTimeoutMs ?? 30_000).emit('message:send', { clientId, text }, (err: Error | null, res?: { ok: boolean; code?: string; message?: Message; session?: { conversationId: string; token: string } }) => {
      sent.ackAt = Date.now();
      if (err || !res?.ok) {
        sent.error = err ? 'ack timeout' : (res?.code ?? 'unknown');
        this.window.failed[sent.error] = (this.window.failed[sent.error] ?? 0) + 1;
        const i = shopper.awaitingReply.indexOf(sent);
        if (i >= 0 && !sent.repliedAt) shopper.awaitingReply.splice(i, 1);
        return;
      }
      sent.messageId = res.message!.id;
      sent.seq = res.message!.seq;
      shopper.known.add(res.message!.seq);
      shopper.conversationId = res.session!.conversationId;
      shopper.token = res.session!.token;
      this.ackLatency.add(sent.ackAt - sent.sentAt);
      this.window.acked++;
    });
    return sent;
  }

  /** Starts a measurement window. */
  mark(): void {
    this.ackLatency.reset();
    this.replyLatency.reset();
    this.window = { start: Date.now(), sent: 0, acked: 0, replies: 0, failed: {} };
  }

  read(): FleetWindow {
    const seconds = (Date.now() - this.window.start) / 1000;
    return {
      seconds: Math.round(seconds * 10) / 10,
      connected: this.shoppers.filter((s) => s.connected).length,
      sent: this.window.sent,
      acked: this.window.acked,
      failed: { ...this.window.failed },
      ackedPerSecond: Math.round(this.window.acked / seconds),
      repliesPerSecond: Math.round(this.window.replies / seconds),
      ackLatencyMs: this.ackLatency.summary(),
      replyLatencyMs: this.replyLatency.summary(),
    };
  }

  /** Sends still waiting for their acknowledgement (the server's backlog, as the shoppers see it). */
  unacknowledged(): number {
    let n = 0;
    for (const s of this.shoppers) for (let i = s.sent.length - 1; i >= 0 && s.sent[i]!.ackAt === undefined; i--) n++;
    return n;
  }

  /** Waits until every send is acknowledged (or failed) and replies stop arriving. */
  async settle(quietMs = 2_000, maxMs = 30_000): Promise<void> {
    const deadline = Date.now() + maxMs;
    let lastReplies = -1;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const unacked = this.unacknowledged() > 0;
      const replies = this.window.replies;
      if (replies !== lastReplies) {
        lastReplies = replies;
        quietSince = Date.now();
      }
      if (!unacked && Date.now() - quietSince >= quietMs) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  close(): void {
    this.stop();
    for (const s of this.shoppers) s.socket.disconnect();
  }
}
