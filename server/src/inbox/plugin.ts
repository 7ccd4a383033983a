/**
 * Wires the helpdesk inbox into the app: `app.inbox` (the use-cases' context), the listener on
 * conversation events, and the snooze timer. Registered from app.ts before the routes.
 */
import type { FastifyInstance } from 'fastify';
import type { Namespace } from 'socket.io';
import { PerKeyQueue } from '../conversations/per-key-queue.js';
import { createSmtpMailer } from '../email/mailer.js';
import type { InboxContext } from './inbox-context.js';
import { RetrievalCopilot } from './copilot.js';
import { knowledgeForCopilot } from './knowledge-adapter.js';
import { LlmTranslator } from './llm/llm-translator.js';
import { LlmCopilot } from './llm/llm-copilot.js';
import type { Translator } from './translation.js';
import type { Copilot } from './copilot.js';
import { InboxEventRelay } from './inbox-events.js';
import { wakeSnoozed } from './statuses.js';

declare module 'fastify' {
  interface FastifyInstance {
    inbox: InboxContext;
  }
}

const SNOOZE_CHECK_MS = 20_000;

export async function registerInbox(app: FastifyInstance): Promise<void> {
  const namespace = (name: string): Namespace | undefined => (app as { io?: FastifyInstance['io'] }).io?.of(name);
  const log = app.log.child({ module: 'inbox' });
  const retrieval = new RetrievalCopilot(app.db, knowledgeForCopilot(() => (app as { knowledge?: FastifyInstance['knowledge'] }).knowledge));
  let translator: Translator | undefined;
  let copilot: Copilot = retrieval;
  if (app.config.assistantMode === 'llm') {
    // LLM mode: two-way translation and a writing copilot; without a model, originals and retrieval.
    const { createInboxModel } = await import('./llm/chat.js'); // the model client loads only in LLM mode
    const model = createInboxModel(app.config);
    const storeName = async (storeId: string) => (await app.db.query<{ name: string }>('SELECT name FROM stores WHERE id = $1', [storeId])).rows[0]?.name ?? 'the store';
    translator = new LlmTranslator(model);
    copilot = new LlmCopilot(model, retrieval, storeName, log);
  }
  const context: InboxContext = {
    db: app.db,
    config: app.config,
    log,
    conversations: app.conversations,
    hub: app.hub,
    agents: () => namespace('/agents'),
    widget: () => namespace('/widget'),
    translator,
    copilot,
    mailer: app.config.email.smtpUrl ? createSmtpMailer(app.config.email.smtpUrl) : undefined,
    queue: new PerKeyQueue(),
    now: () => new Date(),
  };
  app.decorate('inbox', context);

  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    // The socket transport is attached by now; listen in front of it.
    app.hub.target = new InboxEventRelay(() => app.inbox, app.hub.target);
    timer = setInterval(() => {
      wakeSnoozed(app.inbox).catch((err: unknown) => app.inbox.log.error({ err }, 'waking snoozed conversations failed'));
    }, SNOOZE_CHECK_MS);
    timer.unref();
  });
  app.addHook('preClose', async () => {
    if (timer) clearInterval(timer);
    await app.conversations.drain();
    await app.inbox.queue.drain();
    app.inbox.mailer?.close();
  });
}
