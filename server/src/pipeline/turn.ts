/** The shapes a turn's stages pass along: what a skill sees and what it returns. */
import type { Db } from '../db/types.js';
import type { MessagePayload, Source } from '../../../protocol/messages.js';
import type { ConversationRow, ConversationState } from '../conversations/conversations-repository.js';
import type { CustomerRow } from '../repositories/customers.js';
import type { StoreContext } from './store-context.js';
import type { Understanding } from './understand.js';
import type { HandoffReason } from './handoff/decide-handoff.js';
import type { KnowledgePort } from './ports.js';

export interface TurnContext {
  db: Db;
  store: StoreContext;
  conversation: ConversationRow;
  state: ConversationState;
  /** The shopper's verified identity (store-signed), if any. Tools take the customer from here only. */
  customer: CustomerRow | undefined;
  text: string;
  u: Understanding;
  now: Date;
  shopperTimeZone: string;
  knowledge: KnowledgePort;
}

export interface ReplyPart {
  text: string;
  sources?: Source[];
  payload?: MessagePayload;
}

export interface SkillResult {
  replies: ReplyPart[];
  /** False when the assistant could not really answer; counts toward the low-confidence hand-off. */
  answered: boolean;
  statePatch?: Partial<ConversationState>;
  /** Something only a person can settle (a lost parcel to reship, a damaged item, an approval). */
  needsHuman?: HandoffReason | null;
  /** The help center's answerability for this turn, when the skill searched it. */
  answerability?: number;
}

export type Skill = (ctx: TurnContext) => Promise<SkillResult>;

/** How the shopper reads dates: their language and time zone. */
export const readerOf = (ctx: TurnContext) => ({ locale: ctx.u.locale, timeZone: ctx.shopperTimeZone });

/** The store facts order answers need: its profile (warehouses, policies) and the current time. */
export const storeFactsOf = (ctx: TurnContext) => ({ profile: ctx.store.row.profile, now: ctx.now });
