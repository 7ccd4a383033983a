/**
 * A shopper that behaves like the widget when things break: a send without a positive ack stays
 * pending and is retried with the same client id (the server keeps one copy); a lost connection is
 * re-opened — on the next node, as a load balancer would route it — with the conversation token, and
 * `messages:sync {afterSeq}` fetches whatever was missed. At the end, what it holds can be compared
 * with the database: nothing lost, nothing twice, no gap.
 */
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';

interface Pending {
  clientId: string;
  text: string;
  attempts: number;
  firstSentAt: number;
  inFlight: boolean;
}

export interface ShopperCounters {
  sends: number;
  /** Sends answered {ok:false} (a clean error) or not answered in time. */
  failedAttempts: Record<string, number>;
  reconnects: number;
  /** Messages fetched by messages:sync after a reconnect. */
  resynced: number;
}

const ACK_TIMEOUT_MS = 5_000;
const RETRY_MS = 1_000;

export class ResilientShopper {
  private socket: Socket | undefined;
  private urlIndex: number;
  private counter = 0;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;
  token: string | null = null;
  conversationId: string | null = null;
  readonly messages = new Map<number, Message>();
  readonly pending = new Map<string, Pending>();
  readonly acked = new Set<string>();
  /** Latency from first attempt to ack, for messages that needed no retry and those that did. */
  readonly ackMs: number[] = [];
  /** When each ack arrived (to time a failover). */
  readonly ackTimes: number[] = [];
  readonly counters: ShopperCounters = { sends: 0, failedAttempts: {}, reconnects: 0, resynced: 0 };

  constructor(
    private readonly urls: string[],
    private readonly storeId: string,
    readonly name: string,
    firstUrl = 0,
  ) {
    this.urlIndex = firstUrl % urls.length;
  }

  get maxSeq(): number {
    return Math.max(0, ...this.messages.keys());
  }

  connect(): Promise<void> {
    const url = this.urls[this.urlIndex]!;
    const socket = io(`${url}/widget`, {
      auth: { storeId: this.storeId, visitorId: this.name, ...(this.token ? { token: this.token } : {}) },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    socket.on('message:created', (m: Message) => this.messages.set(m.seq, m));
    socket.on('disconnect', () => {
      if (this.closed) return;
      for (const p of this.pending.values()) p.inFlight = false;
      // The load balancer sends the next attempt to another node.
      this.urlIndex = (this.urlIndex + 1) % this.urls.length;
      setTimeout(() => void this.reconnect(), 300);
    });
    return new Promise((resolve) => {
      socket.once('connect', () => {
        void this.resync().finally(() => {
          this.flush();
          resolve();
        });
      });
      socket.once('connect_error', () => {
        this.urlIndex = (this.urlIndex + 1) % this.urls.length;
        setTimeout(() => void this.reconnect().then(resolve), 500);
      });
    });
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    this.counters.reconnects++;
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    await this.connect();
  }

  /** After (re)connecting with a token: everything after the last message held. */
  private async resync(): Promise<void> {
    if (!this.token || !this.socket) return;
    try {
      const res = (await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('messages:sync', { afterSeq: this.maxSeq })) as { ok: boolean; messages?: Message[] };
      for (const m of res.messages ?? []) {
        if (!this.messages.has(m.seq)) this.counters.resynced++;
        this.messages.set(m.seq, m);
      }
    } catch {
      // Retried on the next reconnect or by the final sync.
    }
  }

  send(text: string): void {
    const clientId = `${this.name}-${++this.counter}`.padEnd(8, '0');
    this.pending.set(clientId, { clientId, text, attempts: 0, firstSentAt: Date.now(), inFlight: false });
    this.flush();
  }

  /** (Re)sends every pending message not already waiting for an ack. */
  private flush(): void {
    const socket = this.socket;
    if (!socket?.connected) return;
    for (const p of this.pending.values()) {
      if (p.inFlight) continue;
      p.inFlight = true;
      p.attempts++;
      this.counters.sends++;
      socket.timeout(ACK_TIMEOUT_MS).emit('message:send', { clientId: p.clientId, text: p.text }, (err: Error | null, res?: { ok: boolean; code?: string; message?: Message; session?: { conversationId: string; token: string } }) => {
        p.inFlight = false;
        if (err || !res?.ok) {
          const why = err ? 'ack timeout' : (res?.code ?? 'unknown');
          this.counters.failedAttempts[why] = (this.counters.failedAttempts[why] ?? 0) + 1;
          this.scheduleRetry();
          return;
        }
        this.pending.delete(p.clientId);
        this.acked.add(p.clientId);
        this.ackMs.push(Date.now() - p.firstSentAt);
        this.ackTimes.push(Date.now());
        this.messages.set(res.message!.seq, res.message!);
        this.token = res.session!.token;
        this.conversationId = res.session!.conversationId;
      });
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, RETRY_MS);
  }

  /** A final resync (after the fault is over), then closes. */
  async finish(): Promise<void> {
    await this.resync();
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.disconnect();
  }
}

export interface FaultIntegrity {
  shoppers: number;
  messagesWritten: number;
  /** Never acknowledged even after the fault was over (still pending at the end). */
  neverAcknowledged: number;
  /** Acknowledged but not in the database. Must be 0. */
  lostAcknowledged: number;
  /** A client id stored twice despite retries. Must be 0. */
  duplicated: number;
  /** Stored messages the shopper does not hold after its final resync. Must be 0. */
  gaps: number;
  /**
   * Shopper messages the assistant never answered although their conversation was still with it
   * (not handed off to agents yet): no assistant turn was recorded for them. Null when not recorded.
   */
  unanswered: number | null;
  /** A few of the gaps, to see what was missed. */
  gapSamples: Array<{ shopper: string; author: string; seq: number; createdAt: string; heldMaxSeq: number; reconnects: number }>;
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

export async function checkShoppers(query: Query, shoppers: readonly ResilientShopper[]): Promise<FaultIntegrity> {
  const conversations = shoppers.map((s) => s.conversationId).filter((id): id is string => id !== null);
  const rows = await query<{ seq: number; conversation_id: string; client_id: string | null; author: string; created_at: string }>(
    'SELECT seq, conversation_id, client_id, author, created_at FROM messages WHERE internal = false AND conversation_id = ANY($1::uuid[]) ORDER BY seq',
    [conversations],
  );
  const stored = new Map<string, number>();
  for (const r of rows) if (r.client_id && r.author === 'shopper') stored.set(r.client_id, (stored.get(r.client_id) ?? 0) + 1);
  let lost = 0;
  let never = 0;
  let gaps = 0;
  const gapSamples: FaultIntegrity['gapSamples'] = [];
  for (const s of shoppers) {
    for (const id of s.acked) if (!stored.has(id)) lost++;
    never += s.pending.size;
    for (const r of rows) {
      if (r.conversation_id !== s.conversationId || s.messages.has(r.seq)) continue;
      gaps++;
      if (gapSamples.length < 10) gapSamples.push({ shopper: s.name, author: r.author, seq: r.seq, createdAt: new Date(r.created_at).toISOString(), heldMaxSeq: s.maxSeq, reconnects: s.counters.reconnects });
    }
  }
  const unanswered = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE m.author = 'shopper' AND m.conversation_id = ANY($1::uuid[]) AND (c.handed_off_at IS NULL OR m.created_at < c.handed_off_at)
       AND NOT EXISTS (SELECT 1 FROM assistant_turns t WHERE t.message_id = m.id)`,
    [conversations],
  ).then((r) => r[0]?.n ?? 0, () => null);
  return {
    shoppers: shoppers.length,
    messagesWritten: shoppers.reduce((n, s) => n + s.acked.size + s.pending.size, 0),
    neverAcknowledged: never,
    lostAcknowledged: lost,
    duplicated: [...stored.values()].filter((n) => n > 1).length,
    gaps,
    unanswered,
    gapSamples,
  };
}
