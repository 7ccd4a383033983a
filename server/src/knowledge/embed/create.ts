/** Picks the embedding provider from configuration: the offline embedder unless a model is named. */
import type { Config } from '../../config.js';
import { OFFLINE_MODEL, OfflineHashEmbedder } from './offline-hash.js';
import { OpenAiCompatibleEmbedder } from './openai-compatible.js';
import type { EmbeddingProvider } from './provider.js';

export function createEmbeddingProvider(config: Pick<Config, 'embedding' | 'llm'>): EmbeddingProvider {
  const { model, dimensions, baseUrl, batchSize, maxRetries } = config.embedding;
  if (model === OFFLINE_MODEL) return new OfflineHashEmbedder(dimensions);
  return new OpenAiCompatibleEmbedder({
    baseUrl: baseUrl ?? config.llm.baseUrl,
    apiKey: config.llm.apiKey,
    model,
    dimensions,
    batchSize,
    maxRetries,
    timeoutMs: config.llm.timeoutMs,
  });
}
