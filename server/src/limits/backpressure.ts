/**
 * LLM mode: puts the model gate in front of the assistant's turns. A shopper whose turn has to wait
 * receives `assistant:queued {position, estimatedWaitMs}` on the widget socket (again whenever the
 * line moves; position 0 when their turn starts). Turns of conversations already with human agents
 * do not use the model and are not queued.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { ConversationService, Responder } from '../conversations/conversation-service.js';
import { getConversation } from '../conversations/conversations-repository.js';
import type { Message } from '../../../protocol/messages.js';
import { ModelGate } from './model-gate.js';

export const ASSISTANT_QUEUED = 'assistant:queued';

/** Hears where a waiting turn stands in line. */
type QueueNotifier = (conversationId: string, position: number, estimatedWaitMs: number) => void;

/** Turns of conversations still with the assistant pass the gate; `notify` hears where a waiting one stands. */
export function gateResponder(inner: Responder, gate: ModelGate, notify?: QueueNotifier): Responder {
  return {
    respond(turn) {
      if (turn.conversation.status !== 'bot') return inner.respond(turn);
      if (gate.hasFreeSlot) return gate.run(() => inner.respond(turn));
      return respondAfterWaiting(inner, gate, turn.service, turn.conversation.store_id, turn.conversation.id, turn.message, notify);
    },
  };
}

/**
 * A turn that must wait for a slot keeps only what identifies it (an overloaded node holds thousands)
 * and reads the conversation again when its slot comes: an agent may have taken it over meanwhile, and
 * then the assistant must not answer. A separate function, so the waiting closure cannot hold the row.
 */
async function respondAfterWaiting(inner: Responder, gate: ModelGate, service: ConversationService, storeId: string, conversationId: string, message: Message, notify: QueueNotifier | undefined): Promise<void> {
  await gate.run(async () => {
    const conversation = await getConversation(service.db, storeId, conversationId);
    if (conversation) await inner.respond({ conversation, message, service });
  }, notify && ((position, wait) => notify(conversationId, position, wait)));
}

/** At ready — the services have chosen their responder by then — puts it behind the gate. */
function gateWhenReady(app: FastifyInstance, gate: ModelGate, notify?: QueueNotifier): void {
  app.addHook('onReady', async () => {
    const inner = app.conversations.responder;
    if (inner) app.conversations.responder = gateResponder(inner, gate, notify);
  });
}

export function installModelBackpressure(app: FastifyInstance, config: Pick<Config, 'assistantMode' | 'limits'>): ModelGate | undefined {
  const concurrency = config.limits.modelConcurrency;
  if (config.assistantMode !== 'llm' || concurrency <= 0) return undefined;
  const gate = new ModelGate(concurrency);
  gateWhenReady(app, gate, (conversationId, position, estimatedWaitMs) => {
    app.io.of('/widget').to(`conv:${conversationId}`).emit(ASSISTANT_QUEUED, { position, estimatedWaitMs });
  });
  return gate;
}

/**
 * Offline mode: at most `assistantConcurrency` turns are composed at once on a node; the rest wait in
 * arrival order. Without it an overloaded node starts every turn at once, their statements queue for
 * the same few database connections, and every reply comes late; with it replies keep coming at the
 * node's full rate, oldest first. (No position updates: offline turns take milliseconds.)
 */
export function installAssistantConcurrency(app: FastifyInstance, config: Pick<Config, 'assistantMode' | 'limits'>): ModelGate | undefined {
  const concurrency = config.limits.assistantConcurrency;
  if (config.assistantMode !== 'offline' || concurrency <= 0) return undefined;
  const gate = new ModelGate(concurrency);
  gateWhenReady(app, gate);
  return gate;
}
