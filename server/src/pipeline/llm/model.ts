/** The chat model for LLM mode: any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, DeepSeek, Qwen). */
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../../config.js';

export function createChatModel(config: Config): ChatOpenAI {
  return new ChatOpenAI({
    model: config.llm.chatModel,
    apiKey: config.llm.apiKey ?? 'not-needed',
    configuration: { baseURL: config.llm.baseUrl },
    streaming: true,
    temperature: 0.2,
    // One retry for a dropped connection; the circuit breaker handles an endpoint that is down.
    maxRetries: 1,
    timeout: config.llm.timeoutMs,
  });
}
