/** Decorates the app with Parley's services, typed for every route and namespace. */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import { ConversationService } from '../conversations/conversation-service.js';
import type { RealtimeHub } from '../conversations/realtime-hub.js';
import type { ConversationSummary, Message } from '../../../protocol/messages.js';
import { HandoffResponder } from '../pipeline/handoff-responder.js';
import { AssistantResponder } from '../pipeline/assistant-responder.js';
import { warmUpIntentClassifier } from '../pipeline/intent/index.js';
import { readStoreDirectory } from '../import/store-directory.js';
import { importStore, type ImportSummary } from '../import/import-store.js';
import { SettableClock } from '../lib/clock.js';
import { KnowledgeService } from '../knowledge/knowledge-service.js';
import { createEmbeddingProvider } from '../knowledge/embed/create.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    conversations: ConversationService;
    hub: RelayHub;
    /** The assistant's notion of "now" (pinned by the evaluation command and tests). */
    clock: SettableClock;
    /** Help-center search, extractive answers, article management and indexing. */
    knowledge: KnowledgeService;
    /** Reads, validates and imports a store directory, then indexes what changed. */
    importStoreDirectory(dir: string): Promise<ImportSummary>;
  }
}

/** Forwards domain events to whichever live transport is attached (socket.io), or nowhere. */
export class RelayHub implements RealtimeHub {
  target: RealtimeHub | undefined;
  messageCreated(storeId: string, message: Message): void {
    this.target?.messageCreated(storeId, message);
  }
  conversationUpdated(summary: ConversationSummary): void {
    this.target?.conversationUpdated(summary);
  }
  typing(...args: Parameters<RealtimeHub['typing']>): void {
    this.target?.typing(...args);
  }
  stream(...args: Parameters<RealtimeHub['stream']>): void {
    this.target?.stream(...args);
  }
}

export async function registerServices(app: FastifyInstance, config: Config, db: Db): Promise<void> {
  const hub = new RelayHub();
  const conversations = new ConversationService(db, hub, app.log);
  const clock = new SettableClock();
  const knowledge = new KnowledgeService(db, createEmbeddingProvider(config), app.log);
  // PARLEY_ASSISTANT=handoff routes every shopper message to the human inbox; otherwise the assistant answers.
  // The model client and LangChain (~50 MB of memory) load only when a model is configured.
  const llm = config.assistantMode === 'llm' ? await createLlmComposer(config, hub, app.log) : undefined;
  conversations.responder = config.assistantMode === 'handoff' ? new HandoffResponder() : new AssistantResponder({ knowledge, clock, log: app.log, llm });
  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('hub', hub);
  app.decorate('clock', clock);
  app.decorate('conversations', conversations);
  app.decorate('knowledge', knowledge);
  app.addHook('onReady', () => knowledge.start());
  // The intent model trains on first use (about a second): do it before the first shopper waits.
  if (config.assistantMode !== 'handoff') app.addHook('onReady', async () => warmUpIntentClassifier());
  app.decorate('importStoreDirectory', async (dir: string) => {
    const summary = await importStore(db, readStoreDirectory(dir));
    // After the import transaction: changed articles (and anything indexed by an older analyzer).
    await knowledge.indexArticles(summary.changedArticleIds);
    await knowledge.catchUp(summary.storeId);
    return summary;
  });
}

async function createLlmComposer(config: Config, hub: RealtimeHub, log: FastifyInstance['log']) {
  const [{ LlmComposer }, { createChatModel }] = await Promise.all([import('../pipeline/llm/llm-composer.js'), import('../pipeline/llm/model.js')]);
  return new LlmComposer(createChatModel(config), hub, log, { redactPersonalData: config.llm.redactPersonalData });
}
