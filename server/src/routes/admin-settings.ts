/**
 * Per-store settings an admin edits in the inbox: business hours and holidays (the store profile, used
 * by the assistant, the widget and the SLA clock), the assistant's hand-off rules (settings.handoff)
 * and what happens after a hand-off (settings.inbox). Agents may read them.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { handoffRules } from '../pipeline/handoff/handoff-rules.js';
import { INTENTS } from '../pipeline/intent/intents.js';
import { inboxRules, requireStore, saveSettingsKey, saveStoreHours, storeHours, validateInboxRules } from '../inbox/inbox-settings.js';
import { agentInStore, StoreParams } from './inbox-helpers.js';

export async function adminSettingsRoutes(app: FastifyInstance): Promise<void> {
  async function current(storeId: string) {
    const store = await requireStore(app.db, storeId);
    const { hours, holidays } = storeHours(store);
    return {
      storeId,
      name: store.name,
      timezone: store.timezone,
      locales: store.locales,
      intents: INTENTS,
      inbox: inboxRules(store.settings.inbox),
      handoff: handoffRules(store.settings.handoff),
      supportHours: hours,
      holidays,
    };
  }

  app.get('/admin/settings', { schema: { params: StoreParams } }, async (request) => {
    const { storeId } = request.params as { storeId: string };
    await agentInStore(app, request, storeId);
    return current(storeId);
  });

  app.put(
    '/admin/settings',
    {
      schema: {
        params: StoreParams,
        body: Type.Object(
          {
            inbox: Type.Optional(Type.Object({}, { additionalProperties: true })),
            handoff: Type.Optional(Type.Object({}, { additionalProperties: true })),
            supportHours: Type.Optional(Type.Object({}, { additionalProperties: true })),
            holidays: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }))),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const { storeId } = request.params as { storeId: string };
      await agentInStore(app, request, storeId, 'admin');
      const body = request.body as { inbox?: unknown; handoff?: unknown; supportHours?: unknown; holidays?: unknown };
      const inbox = body.inbox !== undefined ? validateInboxRules(body.inbox) : undefined;
      await app.db.transaction(async (tx) => {
        await saveStoreHours(tx, storeId, { supportHours: body.supportHours, holidays: body.holidays });
        if (inbox) await saveSettingsKey(tx, storeId, 'inbox', inbox);
        if (body.handoff !== undefined) await saveSettingsKey(tx, storeId, 'handoff', handoffRules(body.handoff));
      });
      return current(storeId);
    },
  );
}
