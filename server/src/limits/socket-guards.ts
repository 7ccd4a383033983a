/**
 * Abuse protection for the shopper sockets, installed in front of the widget namespace's own
 * handlers: connection rates per IP and store, open sockets per IP, an event budget per socket
 * (flood), and message, size and new-conversation limits. A refused event is answered on its
 * acknowledgement with `PARLEY_ERR_RATE_LIMITED` / `PARLEY_ERR_PAYLOAD_TOO_LARGE`, so a client never
 * waits on a dropped send.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Namespace, Socket } from 'socket.io';
import type { LimitSettings } from '../config.js';
import type { RateLimiter } from './rate-limiter.js';
import { clientIp } from './client-ip.js';
import { containsNul } from './http-guards.js';
import { DISK_FULL_MESSAGE, type DiskSpaceGuard } from './disk-space.js';
import type { WidgetOriginPolicy } from './widget-origins.js';

export interface SocketGuardOptions {
  limiter: RateLimiter;
  limits: LimitSettings;
  trustProxy: boolean;
  log: FastifyBaseLogger;
  /** Embedded database: writes are refused while its disk is (almost) full. */
  diskSpace?: DiskSpaceGuard | undefined;
  /** The sites each store lets embed its widget; `ownHosts` (this server) always pass. */
  origins?: { policy: WidgetOriginPolicy; ownHosts: (hostHeader: string | undefined) => string[] } | undefined;
}

/** Events that create a conversation when the socket has none yet (the widget's "sign-up"). */
const STARTS_CONVERSATION = new Set(['message:send', 'conversation:start']);
const FLOOD_DISCONNECT_FACTOR = 3;

type AckFn = (response: Record<string, unknown>) => void;

function refusal(code: 'RATE_LIMITED' | 'PAYLOAD_TOO_LARGE' | 'UNAVAILABLE', error: string, retryAfterMs?: number) {
  return { ok: false, code: `PARLEY_ERR_${code}`, error, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
}

function connectRefusal(message: string, retryAfterMs: number): Error {
  // socket.io hands `data` to the client's connect_error handler.
  return Object.assign(new Error(message), { data: { code: 'PARLEY_ERR_RATE_LIMITED', retryAfterMs } });
}

const ipOf = (socket: Socket, trustProxy: boolean) => clientIp(socket.handshake.address, socket.handshake.headers, trustProxy);
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function guardWidgetNamespace(nsp: Namespace, options: SocketGuardOptions): void {
  const { limiter, limits, trustProxy, log, diskSpace } = options;
  const openPerIp = new Map<string, number>();

  nsp.use((socket, next) => {
    const ip = ipOf(socket, trustProxy);
    if ((openPerIp.get(ip) ?? 0) >= limits.maxSocketsPerIp) {
      return next(connectRefusal('Too many open chat connections from your network', 10_000));
    }
    const auth = (socket.handshake.auth ?? {}) as { storeId?: unknown };
    const storeId = typeof auth.storeId === 'string' ? auth.storeId.slice(0, 64) : '';
    void (async () => {
      const verdict = await limiter.hit([
        { scope: 'ws-ip', subject: ip, rate: limits.widgetConnectPerIp },
        { scope: 'ws-store', subject: storeId, rate: limits.widgetConnectPerStore },
      ]);
      if (!verdict.allowed) return next(connectRefusal(`Too many chat connections; try again in ${seconds(verdict.retryAfterMs)} s`, verdict.retryAfterMs));
      const { origin, host } = socket.handshake.headers;
      if (options.origins && storeId && !(await options.origins.policy.allows(storeId, origin, options.origins.ownHosts(host)))) {
        return next(Object.assign(new Error('This site may not open this store\'s chat'), { data: { code: 'PARLEY_ERR_FORBIDDEN' } }));
      }
      next();
    })().catch((err: unknown) => {
      log.error({ err }, 'connection checks failed; letting the socket in');
      next();
    });
  });

  nsp.on('connection', (socket) => {
    const ip = ipOf(socket, trustProxy);
    openPerIp.set(ip, (openPerIp.get(ip) ?? 0) + 1);
    socket.once('disconnect', () => {
      const left = (openPerIp.get(ip) ?? 1) - 1;
      if (left <= 0) openPerIp.delete(ip);
      else openPerIp.set(ip, left);
    });

    let windowStart = Date.now();
    let events = 0;
    socket.use((packet, next) => {
      const [event, data] = packet as [string, unknown, ...unknown[]];
      const last = packet[packet.length - 1];
      const ack: AckFn | undefined = typeof last === 'function' ? (last as AckFn) : undefined;
      const refuse = (response: Record<string, unknown>) => ack?.(response);

      // Flood: a fixed budget of events per socket and window, in memory (a socket lives on one node).
      const flood = limits.socketFlood;
      if (flood) {
        const now = Date.now();
        if (now - windowStart >= flood.windowMs) {
          windowStart = now;
          events = 0;
        }
        events++;
        if (events > flood.max * FLOOD_DISCONNECT_FACTOR) {
          log.warn({ store: (socket.data as { storeId?: string }).storeId }, 'widget socket flooding; disconnecting it');
          socket.disconnect(true);
          return;
        }
        if (events > flood.max) return refuse(refusal('RATE_LIMITED', 'Too many events; slow down', windowStart + flood.windowMs - now));
      }

      if (containsNul(packet.slice(1, ack ? -1 : undefined))) {
        return refuse({ ok: false, code: 'PARLEY_ERR_VALIDATION', error: 'Events may not contain NUL (U+0000) characters' });
      }
      if (event === 'message:send') {
        const text = typeof data === 'object' && data !== null ? (data as { text?: unknown }).text : undefined;
        if (typeof text === 'string' && text.length > limits.maxMessageChars) {
          return refuse(refusal('PAYLOAD_TOO_LARGE', `text is limited to ${limits.maxMessageChars} characters`));
        }
      }
      if (event !== 'message:send' && !STARTS_CONVERSATION.has(event)) return next();

      const storeId = (socket.data as { storeId?: string }).storeId ?? '';
      const startsConversation = STARTS_CONVERSATION.has(event) && !(socket.data as { conversationId?: string | null }).conversationId;
      const checks = [
        ...(event === 'message:send'
          ? [
              { scope: 'msg-ip', subject: ip, rate: limits.messagesPerIp },
              { scope: 'msg-store', subject: storeId, rate: limits.messagesPerStore },
            ]
          : []),
        ...(startsConversation ? [{ scope: 'conv-ip', subject: ip, rate: limits.conversationsPerIp }] : []),
      ];
      void (async () => {
        if (diskSpace && !(await diskSpace.status()).ok) return refuse(refusal('UNAVAILABLE', DISK_FULL_MESSAGE, 60_000));
        const verdict = await limiter.hit(checks);
        if (verdict.allowed) return next();
        const what = verdict.scope === 'conv-ip' ? 'new conversations' : 'messages';
        refuse(refusal('RATE_LIMITED', `Too many ${what}; try again in ${seconds(verdict.retryAfterMs)} s`, verdict.retryAfterMs));
      })().catch((err: unknown) => {
        log.error({ err }, 'message limit check failed; letting the event through');
        next();
      });
    });
  });
}
