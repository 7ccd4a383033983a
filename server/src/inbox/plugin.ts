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
import { InboxEventRelay } from './inbox-events.js';
import { wakeSnoozed } from './statuses.js';

declare module 'fastify' {
  interface FastifyInstance {
    inbox: InboxContext;
  }
}

const SNOOZE_CHECK_MS = 20_000;

export function registerInbox(app: FastifyInstance): void {
  const namespace = (name: string): Namespace | undefined => (app as { io?: FastifyInstance['io'] }).io?.of(name);
  const context: InboxContext = {
    db: app.db,
    config: app.config,
    log: app.log.child({ module: 'inbox' }),
    conversations: app.conversations,
    hub: app.hub,
    agents: () => namespace('/agents'),
    widget: () => namespace('/widget'),
    translator: undefined,
    copilot: new RetrievalCopilot(app.db, knowledgeForCopilot(() => (app as { knowledge?: FastifyInstance['knowledge'] }).knowledge)),
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
