/**
 * The OpenAI-compatible provider against a real HTTP server (node:http) implementing
 * POST /v1/embeddings with deterministic vectors, which can fail its first calls.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleEmbedder } from '../../../server/src/knowledge/embed/openai-compatible.js';
import { EmbeddingError } from '../../../server/src/knowledge/embed/provider.js';

interface Behaviour {
  failures: number;
  failStatus: number;
  retryAfter?: string;
  dimensions?: number;
}

let server: Server;
let baseUrl: string;
let behaviour: Behaviour;
let requests: Array<{ model: string; input: string[]; dimensions?: number; auth?: string }>;

/** A vector that depends only on the text: its character codes folded into `n` slots. */
function vectorOf(text: string, n: number): number[] {
  const v = new Array<number>(n).fill(0);
  for (let i = 0; i < text.length; i++) v[i % n]! += text.charCodeAt(i) % 17;
  return v.map((x, i) => x + i);
}

async function body(req: IncomingMessage): Promise<string> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
      res.writeHead(404).end();
      return;
    }
    const payload = JSON.parse(await body(req)) as { model: string; input: string[]; dimensions?: number };
    requests.push({ ...payload, auth: req.headers.authorization });
    if (behaviour.failures > 0) {
      behaviour.failures--;
      res.writeHead(behaviour.failStatus, { 'content-type': 'application/json', ...(behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}) });
      res.end(JSON.stringify({ error: { message: `failing with ${behaviour.failStatus}`, type: 'server_error' } }));
      return;
    }
    const n = behaviour.dimensions ?? payload.dimensions ?? 8;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        object: 'list',
        model: payload.model,
        // Out of order on purpose: clients must sort by index.
        data: payload.input.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text, n) })).reverse(),
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  behaviour = { failures: 0, failStatus: 503 };
  requests = [];
});

const sleeps: number[] = [];
const provider = (overrides: Partial<ConstructorParameters<typeof OpenAiCompatibleEmbedder>[0]> = {}) =>
  new OpenAiCompatibleEmbedder({
    baseUrl,
    apiKey: 'test-key',
    model: 'test-embed',
    dimensions: 8,
    batchSize: 3,
    maxRetries: 3,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });

describe('OpenAiCompatibleEmbedder', () => {
  it('embeds in batches, in order, normalised, sending model, dimensions and key', async () => {
    const texts = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'g'];
    const vectors = await provider().embed(texts, 'document');
    expect(requests.map((r) => r.input.length)).toEqual([3, 3, 1]);
    expect(requests[0]).toMatchObject({ model: 'test-embed', dimensions: 8, auth: 'Bearer test-key' });
    expect(vectors).toHaveLength(7);
    vectors.forEach((v, i) => {
      const expected = vectorOf(texts[i]!, 8);
      const norm = Math.hypot(...expected);
      expect(v.map((x) => x.toFixed(6))).toEqual(expected.map((x) => (x / norm).toFixed(6)));
    });
  });

  it('retries server errors with exponential backoff, then succeeds', async () => {
    behaviour = { failures: 2, failStatus: 503 };
    sleeps.length = 0;
    const vectors = await provider({ retryBaseMs: 100 }).embed(['x'], 'query');
    expect(vectors).toHaveLength(1);
    expect(requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]!).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]!).toBeLessThanOrEqual(100);
    expect(sleeps[1]!).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]!).toBeLessThanOrEqual(200);
  });

  it('honours Retry-After on rate limits', async () => {
    behaviour = { failures: 1, failStatus: 429, retryAfter: '2' };
    sleeps.length = 0;
    await provider().embed(['x'], 'query');
    expect(sleeps).toEqual([2000]);
  });

  it('gives up after the last retry with a clear error', async () => {
    behaviour = { failures: 10, failStatus: 500 };
    await expect(provider({ maxRetries: 2 }).embed(['x'], 'query')).rejects.toThrow(/failed after 3 attempt/);
    expect(requests).toHaveLength(3);
  });

  it('does not retry client errors such as a bad key', async () => {
    behaviour = { failures: 1, failStatus: 401 };
    await expect(provider().embed(['x'], 'query')).rejects.toBeInstanceOf(EmbeddingError);
    expect(requests).toHaveLength(1);
  });

  it('names the setting to change when the model returns another size', async () => {
    behaviour = { failures: 0, failStatus: 500, dimensions: 12 };
    await expect(provider().embed(['x'], 'query')).rejects.toThrow('PARLEY_EMBEDDING_DIMENSIONS=12');
  });

  it('keys vectors by model and size, so a model change re-embeds', () => {
    expect(provider().key).toBe('test-embed@8');
    expect(provider({ model: 'other' }).key).not.toBe(provider().key);
  });
});
