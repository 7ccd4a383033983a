/** Canned responses: every agent reads them; admins write them. */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { createCanned, deleteCanned, listCanned, updateCanned, type CannedInput } from '../inbox/canned-responses.js';
import { agentInStore, STORE_ID, StoreParams, UUID } from './inbox-helpers.js';

const CannedBody = Type.Object(
  {
    shortcut: Type.String({ minLength: 1, maxLength: 40 }),
    language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' }),
    title: Type.String({ minLength: 1, maxLength: 80 }),
    body: Type.String({ minLength: 1, maxLength: 4000 }),
    intents: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 12 })),
  },
  { additionalProperties: false },
);
const CannedParams = Type.Object({ storeId: STORE_ID, cannedId: UUID });

export async function inboxCannedRoutes(app: FastifyInstance): Promise<void> {
  app.get('/canned', { schema: { params: StoreParams, querystring: Type.Object({ language: Type.Optional(Type.String({ maxLength: 16 })) }) } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await agentInStore(app, request, storeId);
    return { canned: await listCanned(app.db, storeId, (request.query as { language?: string }).language) };
  });

  app.post('/canned', { schema: { params: StoreParams, body: CannedBody } }, async (request, reply) => {
    const { storeId } = request.params as { storeId: string };
    const { agent } = await agentInStore(app, request, storeId, 'admin');
    return reply.status(201).send({ canned: await createCanned(app.db, storeId, request.body as CannedInput, agent.id) });
  });

  app.put('/canned/:cannedId', { schema: { params: CannedParams, body: CannedBody } }, async (request) => {
    const { storeId, cannedId } = request.params as { storeId: string; cannedId: string };
    await agentInStore(app, request, storeId, 'admin');
    return { canned: await updateCanned(app.db, storeId, cannedId, request.body as CannedInput) };
  });

  app.delete('/canned/:cannedId', { schema: { params: CannedParams } }, async (request) => {
    const { storeId, cannedId } = request.params as { storeId: string; cannedId: string };
    await agentInStore(app, request, storeId, 'admin');
    await deleteCanned(app.db, storeId, cannedId);
    return { ok: true };
  });
}
