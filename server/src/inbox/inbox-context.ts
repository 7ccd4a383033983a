/** Everything the inbox use-cases need, built once per app (`app.inbox`). */
import type { FastifyBaseLogger } from 'fastify';
import type { Namespace } from 'socket.io';
import type { Config } from '../config.js';
import type { Db } from '../db/types.js';
import type { ConversationService } from '../conversations/conversation-service.js';
import type { RealtimeHub } from '../conversations/realtime-hub.js';
import { PerKeyQueue } from '../conversations/per-key-queue.js';
import type { Translator } from './translation.js';
import type { Copilot } from './copilot.js';
import type { Mailer } from '../email/mailer.js';

export interface InboxContext {
  db: Db;
  config: Config;
  log: FastifyBaseLogger;
  conversations: ConversationService;
  hub: RealtimeHub;
  /** The /agents and /widget socket namespaces (absent in scripts that run without sockets). */
  agents(): Namespace | undefined;
  widget(): Namespace | undefined;
  /** Machine translation; undefined without a model (the inbox then shows originals). */
  translator: Translator | undefined;
  copilot: Copilot;
  /** Outgoing e-mail; undefined when SMTP_URL is not set. */
  mailer: Mailer | undefined;
  /** Background work per conversation, in order (pushes, auto-assignment, e-mail). */
  queue: PerKeyQueue;
  /** The clock, replaceable so SLA tests can pin it. */
  now(): Date;
}
