import type { FastifyInstance } from 'fastify';
import Type from 'typebox';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const Status = Type.Object({ status: Type.String() });
  app.get('/healthz', { schema: { response: { 200: Status } } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { response: { 200: Status, 503: Type.Object({ status: Type.String(), error: Type.String() }) } } }, async (_request, reply) => {
    try {
      await app.db.ping();
      return { status: 'ready' };
    } catch (err) {
      return reply.status(503).send({ status: 'unavailable', error: `database: ${(err as Error).message}` });
    }
  });
}
