/**
 * Help for the agent on one conversation: the customer sidebar, translations, copilot suggestions and
 * summary, canned responses with this conversation's placeholders filled, and who is viewing it.
 */
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { ParleyError } from '../errors.js';
import { getStore } from '../repositories/stores.js';
import { listMessages } from '../conversations/messages-repository.js';
import { loadCustomerContext } from '../inbox/customer-context.js';
import { translateMessage } from '../inbox/translation.js';
import { loadInboxRules } from '../inbox/inbox-settings.js';
import { listCanned } from '../inbox/canned-responses.js';
import { renderTemplate } from '../inbox/canned-templates.js';
import { templateValues } from '../inbox/canned-values.js';
import { viewersOf } from '../inbox/presence.js';
import { agentOnConversation, ConversationParams, STORE_ID, UUID } from './inbox-helpers.js';

export async function inboxAssistRoutes(app: FastifyInstance): Promise<void> {
  app.get('/conversations/:conversationId/context', { schema: { params: ConversationParams } }, async (request) => {
    const { conversation, storeId } = await agentOnConversation(app, request);
    const store = await getStore(app.db, storeId);
    return loadCustomerContext(app.db, conversation, store?.profile ?? {}, app.inbox.now());
  });

  app.post(
    '/conversations/:conversationId/messages/:messageId/translate',
    {
      schema: {
        params: Type.Object({ storeId: STORE_ID, conversationId: UUID, messageId: UUID }),
        body: Type.Object({ to: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$' })) }),
      },
    },
    async (request) => {
      const { conversation, agent, storeId } = await agentOnConversation(app, request);
      if (!app.inbox.translator) throw new ParleyError('UNPROCESSABLE', 'Translation needs a language model (PARLEY_ASSISTANT=llm)');
      const { messageId } = request.params as { messageId: string };
      const to = (request.body as { to?: string }).to ?? agent.languages[0] ?? 'en';
      const { rows } = await app.db.query<{ id: string; text: string; language: string | null }>(
        'SELECT id, text, language FROM messages WHERE id = $1 AND conversation_id = $2',
        [messageId, conversation.id],
      );
      if (!rows[0]) throw new ParleyError('NOT_FOUND', 'Unknown message');
      const { glossary } = await loadInboxRules(app.db, storeId);
      const text = await translateMessage(app.db, app.inbox.translator, rows[0], to, glossary).catch((err: unknown) => {
        request.log.warn({ err }, 'translation failed');
        throw new ParleyError('UNAVAILABLE', 'The translation service did not answer; the original is shown');
      });
      return { translation: { language: to, text } };
    },
  );

  app.get('/conversations/:conversationId/copilot', { schema: { params: ConversationParams } }, async (request) => {
    const { conversation, agent } = await agentOnConversation(app, request);
    const messages = await listMessages(app.db, conversation.id, { includeInternal: true, limit: 200 });
    const input = { conversation, messages, agentName: agent.name, language: conversation.locale ?? agent.languages[0] ?? 'en', agentLanguage: agent.languages[0] ?? 'en' };
    const [suggestions, summary] = await Promise.all([app.inbox.copilot.suggest(input), app.inbox.copilot.summarize(input)]);
    return { usesModel: app.inbox.copilot.usesModel, suggestions, summary };
  });

  app.get(
    '/conversations/:conversationId/canned',
    { schema: { params: ConversationParams, querystring: Type.Object({ language: Type.Optional(Type.String({ maxLength: 16 })) }) } },
    async (request) => {
      const { conversation, agent, storeId } = await agentOnConversation(app, request);
      const { language } = request.query as { language?: string };
      const values = await templateValues(app.db, conversation, agent.name);
      const canned = await listCanned(app.db, storeId, language);
      return { canned: canned.map((c) => ({ ...c, rendered: renderTemplate(c.body, values) })) };
    },
  );

  app.get('/conversations/:conversationId/viewers', { schema: { params: ConversationParams } }, async (request) => {
    const { conversation, storeId } = await agentOnConversation(app, request);
    return { viewers: await viewersOf(app.inbox.agents(), storeId, conversation.id) };
  });
}
