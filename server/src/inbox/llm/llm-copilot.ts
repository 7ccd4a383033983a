/**
 * The copilot with a model (LLM mode): a reply draft written from the conversation and the help-center
 * passages retrieval found (cited as its sources), ahead of the retrieved suggestions themselves, and a
 * written summary. If the model fails, the agent still gets the retrieval-only copilot.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { CopilotSuggestion } from '../../../../protocol/agent-events.js';
import type { Message } from '../../../../protocol/messages.js';
import type { Copilot, CopilotInput } from '../copilot.js';
import { redactPersonalData } from '../../pipeline/llm/redact.js';
import { languageLabel } from './language-label.js';
import { renderInboxPrompt } from './prompt-files.js';
import type { InboxModel } from './chat.js';

const TRANSCRIPT_TURNS = 16;

function transcript(messages: Message[]): string {
  return messages
    .filter((m) => !m.internal && m.author !== 'system')
    .slice(-TRANSCRIPT_TURNS)
    .map((m) => `${m.author === 'shopper' ? 'Shopper' : m.author === 'assistant' ? 'Assistant' : 'Agent'}: ${redactPersonalData(m.text)}`)
    .join('\n');
}

export class LlmCopilot implements Copilot {
  readonly usesModel = true;

  constructor(
    private readonly model: InboxModel,
    private readonly retrieval: Copilot,
    private readonly storeName: (storeId: string) => Promise<string>,
    private readonly log: FastifyBaseLogger,
  ) {}

  async suggest(input: CopilotInput): Promise<CopilotSuggestion[]> {
    const retrieved = await this.retrieval.suggest(input);
    const knowledge = retrieved.filter((s) => s.origin === 'knowledge');
    try {
      const passages = knowledge.length ? knowledge.map((s, i) => `[${i + 1}] ${s.title}: ${s.text}`).join('\n') : '(none found)';
      const system = renderInboxPrompt('inbox.reply-draft', {
        store: await this.storeName(input.conversation.store_id),
        language: languageLabel(input.language),
        passages,
      });
      const draft = await this.model.complete(system, transcript(input.messages));
      if (!draft) return retrieved;
      return [{ text: draft, sources: knowledge.flatMap((s) => s.sources), origin: 'model', title: 'Draft' }, ...retrieved];
    } catch (err) {
      this.log.warn({ err }, 'copilot draft failed; showing retrieval suggestions');
      return retrieved;
    }
  }

  async summarize(input: CopilotInput): Promise<string> {
    try {
      const summary = await this.model.complete(renderInboxPrompt('inbox.summary', { language: languageLabel(input.agentLanguage ?? 'en') }), transcript(input.messages));
      return summary || (await this.retrieval.summarize(input));
    } catch (err) {
      this.log.warn({ err }, 'copilot summary failed; using the extractive summary');
      return this.retrieval.summarize(input);
    }
  }
}
