/**
 * socket.io on the same HTTP server: `/widget` for shoppers, `/agents` for the inbox. With REDIS_URL
 * the Redis adapter relays room broadcasts between nodes, so an agent on node A sees a shopper on B.
 * Abuse limits (server/src/limits) sit in front of the widget namespace's own handlers.
 *
 * Several nodes behind a load balancer: clients that connect with `transports: ['websocket']` need
 * no sticky sessions; HTTP long-polling (the fallback) does, because its requests must keep reaching
 * the node that holds the session (see docs/production.md).
 */
import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import type { Config } from '../config.js';
import { registerWidgetNamespace } from './widget-namespace.js';
import { registerAgentsNamespace } from './agents-namespace.js';
import { SocketHub } from './socket-hub.js';
import { guardWidgetNamespace } from '../limits/socket-guards.js';

declare module 'fastify' {
  interface FastifyInstance {
    io: Server;
  }
}

/** A socket must join its namespace this soon after the transport opens (slow-loris on sockets). */
const CONNECT_TIMEOUT_MS = 10_000;
/** Largest socket packet; bigger ones close the connection (messages are ≤ 4,000 characters). */
const MAX_PACKET_BYTES = 64 * 1024;
const MAX_QUEUED_BROADCASTS = 20_000;
/** Sent to clients when they may have missed broadcasts (see docs/production.md). */
export const SYNC_REQUIRED = 'sync:required';

/**
 * The adapter fires publish/unsubscribe without awaiting them; when Redis refuses (queue full, client
 * closed during shutdown) that would be an unhandled rejection, which ends a Node process. Log instead.
 */
function quietly<T extends object>(client: T, log: FastifyInstance['log']): T {
  const fireAndForget = new Set(['publish', 'pUnsubscribe', 'unsubscribe']);
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      if (!fireAndForget.has(String(property))) return value.bind(target);
      return (...args: unknown[]) =>
        (value.apply(target, args) as Promise<unknown>).catch((err: unknown) => {
          log.warn({ err }, `redis ${String(property)} failed; clients will catch up by resync`);
          return 0;
        });
    },
  });
}

export function registerRealtime(app: FastifyInstance, config: Config): void {
  const io = new Server(app.server, {
    // The widget runs on store sites (other origins); /agents checks the origin itself.
    cors: { origin: true, credentials: false },
    maxHttpBufferSize: MAX_PACKET_BYTES,
    connectTimeout: CONNECT_TIMEOUT_MS,
    pingInterval: 20_000,
    pingTimeout: 20_000,
    connectionStateRecovery: undefined,
  });
  app.decorate('io', io);
  // Guards first: namespace middlewares and connection listeners run in the order they are added.
  guardWidgetNamespace(io.of('/widget'), { limiter: app.limiter, limits: config.limits, trustProxy: config.trustProxy, log: app.log.child({ module: 'limits' }), diskSpace: app.diskSpace, origins: app.widgetOrigins });
  const widget = registerWidgetNamespace(app, io);
  const agents = registerAgentsNamespace(app, io);
  app.hub.target = new SocketHub(widget, agents);

  let redisClients: Array<{ quit(): Promise<unknown> }> = [];
  if (config.redisUrl) {
    app.addHook('onReady', async () => {
      // While Redis restarts, broadcasts wait in a bounded queue and go out on reconnect; beyond the
      // bound they are dropped (clients resync by seq) rather than growing memory.
      // Loaded only when configured: a single node without Redis does not carry its client.
      const [{ createClient }, { createAdapter }] = await Promise.all([import('redis'), import('@socket.io/redis-adapter')]);
      const pub = createClient({ url: config.redisUrl, commandsQueueMaxLength: MAX_QUEUED_BROADCASTS });
      const sub = pub.duplicate();
      pub.on('error', (err) => app.log.error({ err }, 'redis (publish) error'));
      sub.on('error', (err) => app.log.error({ err }, 'redis (subscribe) error'));
      await Promise.all([pub.connect(), sub.connect()]);
      // Broadcasts between nodes may have been lost while Redis was away: once it is back, tell this
      // node's clients to fetch what they missed (widget: messages:sync; inbox: reload its lists).
      for (const client of [pub, sub]) {
        let interrupted = false;
        client.on('reconnecting', () => (interrupted = true));
        client.on('ready', () => {
          if (!interrupted) return;
          interrupted = false;
          app.log.warn('Redis is back; asking connected clients to resync');
          for (const name of ['/widget', '/agents']) io.of(name).local.emit(SYNC_REQUIRED, { reason: 'relay-interrupted' });
        });
      }
      redisClients = [pub, sub];
      io.adapter(createAdapter(quietly(pub, app.log), quietly(sub, app.log)));
      app.log.info('socket.io Redis adapter connected');
    });
  }

  // Graceful shutdown: tell clients to reconnect elsewhere, then drop the Redis links.
  app.addHook('preClose', async () => {
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => io.close(() => resolve()));
  });
  app.addHook('onClose', async () => {
    await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
  });
}
