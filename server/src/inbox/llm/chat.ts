/** The one thing the inbox asks of a language model: a system prompt and a user text in, text out. */
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.js';

export interface InboxModel {
  complete(system: string, user: string): Promise<string>;
}

/**
 * The configured OpenAI-compatible endpoint, without streaming: translations and drafts are shown
 * whole, and a non-streamed call needs no client-side token counting.
 */
export function createInboxModel(config: Config): InboxModel {
  const model = new ChatOpenAI({
    model: config.llm.chatModel,
    apiKey: config.llm.apiKey ?? 'not-needed',
    configuration: { baseURL: config.llm.baseUrl },
    streaming: false,
    temperature: 0.2,
    maxRetries: 1,
    timeout: config.llm.timeoutMs,
  });
  return {
    async complete(system, user) {
      const result = await model.invoke([
        { role: 'system', content: system },
        { role: 'user', content: user },
      ]);
      const content = result.content;
      const text = typeof content === 'string' ? content : content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join('');
      return text.trim();
    },
  };
}
