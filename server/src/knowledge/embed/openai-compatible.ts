/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, LiteLLM, …) through the
 * official client: texts in batches, each batch retried with exponential backoff and jitter on rate
 * limits, server errors, timeouts and dropped connections (honouring Retry-After). Client errors
 * (bad key, unknown model) fail at once with the server's message.
 */
import type OpenAI from 'openai';
import { EmbeddingError, embeddingKey, normalize, type EmbeddingProvider } from './provider.js';

export interface OpenAiEmbeddingOptions {
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string;
  dimensions: number;
  /** Texts per request. */
  batchSize?: number;
  /** Attempts after the first failure of a batch. */
  maxRetries?: number;
  /** First backoff delay; doubles per attempt (with jitter), capped at 10 s. */
  retryBaseMs?: number;
  timeoutMs?: number;
  /** Waits between attempts; tests may pass a faster clock. */
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_STATUS = new Set([408, 409, 425, 429, 500, 502, 503, 504]);
// Long inputs are cut client-side: a chunk is at most ~1,500 characters, but a pasted e-mail query is not.
const MAX_INPUT_CHARS = 8_000;

type ClientErrors = Pick<typeof import('openai'), 'APIConnectionError' | 'APIError'>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class OpenAiCompatibleEmbedder implements EmbeddingProvider {
  readonly model: string;
  readonly dimensions: number;
  readonly key: string;
  /** The client module loads at the first request: offline nodes never construct this class, but import it. */
  private loading: Promise<{ client: OpenAI; errors: ClientErrors }> | undefined;
  private readonly clientOptions: ConstructorParameters<typeof OpenAI>[0];
  private readonly batchSize: number;
  private readonly maxRetries: number;
  private readonly retryBaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: OpenAiEmbeddingOptions) {
    this.model = options.model;
    this.dimensions = options.dimensions;
    this.key = embeddingKey(options.model, options.dimensions);
    this.batchSize = Math.max(1, options.batchSize ?? 64);
    this.maxRetries = Math.max(0, options.maxRetries ?? 5);
    this.retryBaseMs = options.retryBaseMs ?? 500;
    this.sleep = options.sleep ?? defaultSleep;
    // The client's own retries are off: ours cover the same cases per batch, with logging-friendly errors.
    this.clientOptions = {
      baseURL: options.baseUrl,
      apiKey: options.apiKey || 'not-needed',
      maxRetries: 0,
      timeout: options.timeoutMs ?? 30_000,
    };
  }

  private connection(): Promise<{ client: OpenAI; errors: ClientErrors }> {
    this.loading ??= import('openai').then(({ default: OpenAIClient, APIConnectionError, APIError }) => ({
      client: new OpenAIClient(this.clientOptions),
      errors: { APIConnectionError, APIError },
    }));
    return this.loading;
  }

  async embed(texts: readonly string[], _kind: 'document' | 'query'): Promise<number[][]> {
    const out: number[][] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize).map((t) => (t.trim() ? t.slice(0, MAX_INPUT_CHARS) : ' '));
      out.push(...(await this.embedBatchWithRetries(batch)));
    }
    return out;
  }

  private async embedBatchWithRetries(batch: string[]): Promise<number[][]> {
    const { client, errors } = await this.connection();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.embedBatch(client, batch);
      } catch (err) {
        if (attempt >= this.maxRetries || !isRetryable(err, errors)) {
          if (err instanceof EmbeddingError) throw err;
          throw new EmbeddingError(`embedding request to ${this.model} failed after ${attempt + 1} attempt(s): ${(err as Error).message}`, { cause: err });
        }
        await this.sleep(this.backoff(attempt, err, errors));
      }
    }
  }

  private backoff(attempt: number, err: unknown, errors: ClientErrors): number {
    const header = err instanceof errors.APIError ? err.headers?.get('retry-after') : null;
    const retryAfter = header ? Number(header) : NaN;
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.min(retryAfter * 1000, 30_000);
    const exponential = Math.min(this.retryBaseMs * 2 ** attempt, 10_000);
    return exponential / 2 + Math.random() * (exponential / 2);
  }

  private async embedBatch(client: OpenAI, batch: string[]): Promise<number[][]> {
    const response = await client.embeddings.create({
      model: this.model,
      input: batch,
      dimensions: this.dimensions,
      encoding_format: 'float',
    });
    const data = [...response.data].sort((a, b) => a.index - b.index);
    if (data.length !== batch.length) {
      throw new EmbeddingError(`the embeddings endpoint returned ${data.length} vectors for ${batch.length} inputs`);
    }
    return data.map((item) => {
      if (item.embedding.length !== this.dimensions) {
        throw new EmbeddingError(
          `model ${this.model} returned ${item.embedding.length}-dimensional vectors; set PARLEY_EMBEDDING_DIMENSIONS=${item.embedding.length}`,
        );
      }
      return normalize(item.embedding);
    });
  }
}

function isRetryable(err: unknown, errors: ClientErrors): boolean {
  if (err instanceof EmbeddingError) return false;
  if (err instanceof errors.APIConnectionError) return true; // includes timeouts
  if (err instanceof errors.APIError) return err.status === undefined || RETRYABLE_STATUS.has(err.status);
  return false;
}
