/**
 * Socket.IO v5 on one namespace: connect with an auth object, events with optional
 * acknowledgements, buffering while disconnected, and reconnection with backoff. See README.md.
 * Packet text: `<type>[/<nsp>,][<ack id>][<json>]`, types 0 connect, 1 disconnect, 2 event, 3 ack,
 * 4 connect error.
 */
import { Engine, type TransportName } from './engine.js';

type Handler = (data?: unknown) => void;

export interface SocketOptions {
  /** Read on every (re)connection, so a reconnect carries the current conversation token. */
  auth: () => object;
  /** Transports to try, in order; the next one is used after one never opens. */
  transports: TransportName[];
}

export class AckTimeout extends Error {}

const MAX_BUFFERED = 100;

export class IoSocket {
  connected = false;
  private engine: Engine | undefined;
  private active = false;
  private attempts = 0;
  private transportIndex = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private nextAckId = 0;
  private readonly acks = new Map<number, (response: unknown) => void>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private buffer: string[] = [];

  constructor(
    private readonly base: string,
    private readonly namespace: string,
    private readonly options: SocketOptions,
  ) {}

  on(event: string, handler: Handler): this {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return this;
  }

  /** Starts (or restarts at once) connecting, with reconnection until `disconnect()`. */
  connect(): this {
    this.active = true;
    clearTimeout(this.retryTimer);
    if (!this.engine) this.open();
    return this;
  }

  disconnect(): this {
    this.active = false;
    clearTimeout(this.retryTimer);
    this.engine?.close();
    return this;
  }

  emit(event: string, data: unknown): void {
    this.packet(`2${this.namespace},${JSON.stringify([event, data])}`);
  }

  /** Emits with an acknowledgement id; rejects with AckTimeout after `timeoutMs` or when the link drops. */
  request(event: string, data: unknown, timeoutMs: number): Promise<unknown> {
    const id = this.nextAckId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => settle(new AckTimeout(event)), timeoutMs);
      const settle = (response: unknown) => {
        clearTimeout(timer);
        this.acks.delete(id);
        if (response instanceof AckTimeout) reject(response);
        else resolve(response);
      };
      this.acks.set(id, settle);
      this.packet(`2${this.namespace},${id}${JSON.stringify([event, data])}`);
    });
  }

  private fire(event: string, data?: unknown): void {
    this.handlers.get(event)?.forEach((handler) => handler(data));
  }

  private packet(text: string): void {
    if (this.connected && this.engine) this.engine.send(text);
    else if (this.buffer.length < MAX_BUFFERED) this.buffer.push(text);
  }

  private open(): void {
    const transport = this.options.transports[this.transportIndex % this.options.transports.length] ?? 'polling';
    this.engine = new Engine(this.base, transport, {
      open: () => this.engine?.send(`0${this.namespace},${JSON.stringify(this.options.auth())}`),
      message: (text) => this.onMessage(text),
      close: (reason, neverOpened) => this.onClose(reason, neverOpened),
    });
  }

  private onMessage(text: string): void {
    const type = text.charAt(0);
    let rest = text.slice(1);
    if (rest.startsWith('/')) {
      const comma = rest.indexOf(',');
      if (rest.slice(0, comma < 0 ? undefined : comma) !== this.namespace) return;
      rest = comma < 0 ? '' : rest.slice(comma + 1);
    }
    const idMatch = /^\d+/.exec(rest);
    const id = idMatch ? Number(idMatch[0]) : undefined;
    const json = idMatch ? rest.slice(idMatch[0].length) : rest;
    const payload: unknown = json ? JSON.parse(json) : undefined;

    if (type === '0') {
      this.connected = true;
      this.attempts = 0;
      const queued = this.buffer.splice(0);
      this.fire('connect');
      queued.forEach((p) => this.engine?.send(p));
    } else if (type === '2' && Array.isArray(payload)) {
      this.fire(String(payload[0]), payload[1]);
    } else if (type === '3' && id !== undefined && Array.isArray(payload)) {
      this.acks.get(id)?.(payload[0]);
    } else if (type === '4') {
      this.fire('connect_error', payload);
      this.engine?.close('connect error');
    } else if (type === '1') {
      this.engine?.close('server disconnect');
    }
  }

  private onClose(reason: string, neverOpened: boolean): void {
    this.engine = undefined;
    const wasConnected = this.connected;
    this.connected = false;
    // Pending acknowledgements will never come: fail them now so callers can queue a retry.
    [...this.acks.values()].forEach((settle) => settle(new AckTimeout(reason)));
    if (wasConnected) this.fire('disconnect', reason);
    if (neverOpened) this.transportIndex++;
    if (!this.active) return;
    const delay = Math.min(10_000, 1000 * 2 ** this.attempts++) * (0.5 + Math.random() / 2);
    this.retryTimer = setTimeout(() => this.active && !this.engine && this.open(), neverOpened && this.transportIndex % this.options.transports.length !== 0 ? 0 : delay);
  }
}
