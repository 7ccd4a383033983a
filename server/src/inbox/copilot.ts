/**
 * The agent's copilot: suggested replies with their sources, and a conversation summary. With a model
 * (LLM mode) an implementation writes them; without one, suggestions are retrieved — canned responses
 * that fit the conversation's intent and language, and help-center articles once a knowledge search
 * is plugged in — and the summary is extracted from the transcript.
 */
import type { Db } from '../db/types.js';
import type { ConversationRow } from '../conversations/conversations-repository.js';
import type { Message, Source } from '../../../protocol/messages.js';
import type { CopilotSuggestion } from '../../../protocol/agent-events.js';
import { listCanned } from './canned-responses.js';
import { renderTemplate } from './canned-templates.js';
import { templateValues } from './canned-values.js';
import { sameLanguage } from './translation.js';

export interface CopilotInput {
  conversation: ConversationRow;
  /** The transcript, oldest first, private notes included. */
  messages: Message[];
  agentName: string;
  /** The language the reply should be in (the shopper's). */
  language: string;
  /** The language the agent reads (summaries are written in it). */
  agentLanguage?: string;
}

export interface Copilot {
  /** True when a model writes the suggestions (the inbox labels them accordingly). */
  readonly usesModel: boolean;
  suggest(input: CopilotInput): Promise<CopilotSuggestion[]>;
  summarize(input: CopilotInput): Promise<string>;
}

/** Help-center search, provided by the knowledge module when it exists. */
export interface KnowledgeSearch {
  search(storeId: string, query: string, locale: string, limit: number): Promise<Array<Source & { snippet: string }>>;
}

const MAX_SUGGESTIONS = 3;

export class RetrievalCopilot implements Copilot {
  readonly usesModel = false;

  constructor(
    private readonly db: Db,
    private readonly knowledge?: KnowledgeSearch,
  ) {}

  async suggest(input: CopilotInput): Promise<CopilotSuggestion[]> {
    const { conversation } = input;
    const canned = (await listCanned(this.db, conversation.store_id)).filter((c) => sameLanguage(c.language, input.language));
    const intent = conversation.intent;
    const fitting = canned.filter((c) => intent && c.intents.includes(intent));
    const values = await templateValues(this.db, conversation, input.agentName);
    const suggestions: CopilotSuggestion[] = (fitting.length ? fitting : canned.filter((c) => c.intents.length === 0 || c.intents.includes('other')))
      .slice(0, MAX_SUGGESTIONS)
      .map((c) => ({ text: renderTemplate(c.body, values), sources: [], origin: 'canned', title: `/${c.shortcut} · ${c.title}` }));
    const question = lastShopperText(input.messages);
    if (this.knowledge && question) {
      const hits = await this.knowledge.search(conversation.store_id, question, input.language, 2).catch(() => []);
      for (const hit of hits) {
        const { snippet, ...source } = hit;
        suggestions.push({ text: snippet, sources: [source], origin: 'knowledge', title: hit.title });
      }
    }
    return suggestions;
  }

  async summarize(input: CopilotInput): Promise<string> {
    return extractiveSummary(input.conversation, input.messages);
  }
}

const lastShopperText = (messages: Message[]): string | undefined => [...messages].reverse().find((m) => m.author === 'shopper')?.text;

const clip = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const REASONS: Record<string, string> = {
  shopper_requested: 'the shopper asked for a person',
  assistant_disabled: 'the assistant is switched off',
  assistant_error: 'the assistant failed to answer',
  agent_took_over: 'an agent took over',
};

/** A few lines an agent can read in five seconds: what was asked, what was answered, why it came here. */
export function extractiveSummary(conversation: ConversationRow, messages: Message[]): string {
  const visible = messages.filter((m) => !m.internal);
  const shopper = visible.filter((m) => m.author === 'shopper');
  const assistant = visible.filter((m) => m.author === 'assistant');
  const lines: string[] = [];
  const topic = [conversation.intent ? `about ${conversation.intent.replace(/_/g, ' ')}` : null, conversation.locale ? `in ${conversation.locale}` : null]
    .filter(Boolean)
    .join(', ');
  lines.push(`${shopper.length} message${shopper.length === 1 ? '' : 's'} from the shopper${topic ? ` (${topic})` : ''}.`);
  if (shopper[0]) lines.push(`First asked: “${clip(shopper[0].text)}”`);
  if (shopper.length > 1) lines.push(`Latest: “${clip(shopper[shopper.length - 1]!.text)}”`);
  const orders = new Set<string>();
  for (const m of shopper) for (const match of m.text.matchAll(/#\d{3,}|\b\d{3}-\d{7}-\d{7}\b/g)) orders.add(match[0]);
  if (typeof conversation.state?.orderName === 'string') orders.add(conversation.state.orderName);
  if (orders.size) lines.push(`Orders mentioned: ${[...orders].join(', ')}.`);
  if (assistant.length) lines.push(`The assistant replied ${assistant.length} time${assistant.length === 1 ? '' : 's'}; last: “${clip(assistant[assistant.length - 1]!.text, 120)}”`);
  if (conversation.handoff_reason) lines.push(`Handed over because ${REASONS[conversation.handoff_reason] ?? conversation.handoff_reason.replace(/_/g, ' ')}.`);
  return lines.join('\n');
}
