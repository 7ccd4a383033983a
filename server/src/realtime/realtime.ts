/**
 * socket.io on the same HTTP server: `/widget` for shoppers, `/agents` for the inbox. With REDIS_URL
 * the Redis adapter relays room broadcasts between nodes, so an agent on node A sees a shopper on B.
 */
import type { FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Config } from '../config.js';
import { registerWidgetNamespace } from './widget-namespace.js';
import { registerAgentsNamespace } from './agents-namespace.js';
import { SocketHub } from './socket-hub.js';

declare module 'fastify' {
  interface FastifyInstance {
    io: Server;
  }
}

export function registerRealtime(app: FastifyInstance, config: Config): void {
  const io = new Server(app.server, {
    // The widget runs on store sites (other origins); /agents checks the origin itself.
    cors: { origin: true, credentials: false },
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 20_000,
    pingTimeout: 20_000,
    connectionStateRecovery: undefined,
  });
  app.decorate('io', io);
  const widget = registerWidgetNamespace(app, io);
  const agents = registerAgentsNamespace(app, io);
  app.hub.target = new SocketHub(widget, agents);

  let redisClients: Array<{ quit(): Promise<unknown> }> = [];
  if (config.redisUrl) {
    app.addHook('onReady', async () => {
      const pub = createClient({ url: config.redisUrl });
      const sub = pub.duplicate();
      pub.on('error', (err) => app.log.error({ err }, 'redis (publish) error'));
      sub.on('error', (err) => app.log.error({ err }, 'redis (subscribe) error'));
      await Promise.all([pub.connect(), sub.connect()]);
      redisClients = [pub, sub];
      io.adapter(createAdapter(pub, sub));
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
