/**
 * Engine.IO v4: one connection to the server over WebSocket or HTTP long-polling, carrying text
 * packets (`0` open, `1` close, `2` ping, `3` pong, `4` message, `6` noop). See README.md.
 */

export type TransportName = 'websocket' | 'polling';

export interface EngineEvents {
  open(): void;
  message(data: string): void;
  /** `neverOpened`: the transport failed before the handshake (a reason to try the other one). */
  close(reason: string, neverOpened: boolean): void;
}

const SEPARATOR = '\x1e';

export class Engine {
  private socket: WebSocket | undefined;
  private sid: string | undefined;
  private opened = false;
  private closed = false;
  private pingTimer: ReturnType<typeof setTimeout> | undefined;
  private pingWindow = 45_000;
  private readonly abort = new AbortController();
  private outbox: string[] = [];
  private posting = false;

  constructor(
    private readonly base: string,
    readonly transport: TransportName,
    private readonly events: EngineEvents,
  ) {
    if (transport === 'websocket') this.openWebSocket();
    else void this.poll();
  }

  /** Sends a socket.io packet as an Engine.IO message. */
  send(data: string): void {
    this.write('4' + data);
  }

  close(reason = 'client close'): void {
    if (this.closed) return;
    if (this.opened) this.write('1');
    this.finish(reason);
  }

  private url(transport: TransportName): string {
    const url = `${this.base}/socket.io/?EIO=4&transport=${transport}${this.sid ? `&sid=${encodeURIComponent(this.sid)}` : ''}`;
    return transport === 'websocket' ? url.replace(/^http/, 'ws') : `${url}&t=${Date.now().toString(36)}`;
  }

  private finish(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.pingTimer);
    this.abort.abort();
    this.socket?.close();
    this.events.close(reason, !this.opened);
  }

  private onPacket(packet: string): void {
    const type = packet.charAt(0);
    if (type === '0') {
      const open = JSON.parse(packet.slice(1)) as { sid: string; pingInterval: number; pingTimeout: number };
      this.sid = open.sid;
      this.pingWindow = open.pingInterval + open.pingTimeout;
      this.opened = true;
      this.armPing();
      this.events.open();
    } else if (type === '2') {
      this.write('3');
      this.armPing();
    } else if (type === '4') {
      this.events.message(packet.slice(1));
    } else if (type === '1') {
      this.finish('server close');
    }
  }

  /** The server pings every pingInterval; silence for longer than that plus pingTimeout means the link is gone. */
  private armPing(): void {
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => this.finish('ping timeout'), this.pingWindow);
  }

  private write(packet: string): void {
    if (this.closed) return;
    if (this.transport === 'websocket') {
      if (this.socket?.readyState === 1) this.socket.send(packet);
      return;
    }
    this.outbox.push(packet);
    void this.flush();
  }

  // ---- WebSocket ------------------------------------------------------------------------------
  private openWebSocket(): void {
    try {
      this.socket = new WebSocket(this.url('websocket'));
    } catch {
      setTimeout(() => this.finish('websocket error'));
      return;
    }
    this.socket.onmessage = (e) => typeof e.data === 'string' && this.onPacket(e.data);
    this.socket.onclose = () => this.finish('transport close');
  }

  // ---- HTTP long-polling ----------------------------------------------------------------------
  private async poll(): Promise<void> {
    try {
      while (!this.closed) {
        const res = await fetch(this.url('polling'), { credentials: 'omit', signal: this.abort.signal });
        if (!res.ok) throw new Error(`poll ${res.status}`);
        for (const packet of (await res.text()).split(SEPARATOR)) if (!this.closed) this.onPacket(packet);
      }
    } catch {
      this.finish('transport error');
    }
  }

  /** One POST at a time, carrying everything queued since the last one. */
  private async flush(): Promise<void> {
    if (this.posting || !this.sid || this.outbox.length === 0) return;
    this.posting = true;
    const batch = this.outbox.splice(0);
    try {
      const res = await fetch(this.url('polling'), {
        method: 'POST',
        body: batch.join(SEPARATOR),
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        credentials: 'omit',
        signal: this.abort.signal,
      });
      if (!res.ok) throw new Error(`post ${res.status}`);
    } catch {
      this.finish('transport error');
    } finally {
      this.posting = false;
    }
    void this.flush();
  }
}
