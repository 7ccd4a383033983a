/**
 * A small OpenAI-compatible chat server for LLM-mode tests: real HTTP, Server-Sent Events streaming and
 * tool calls, with the model's behaviour given by the test as a function of the request. It records
 * every request so tests can check what was (and was not) sent to the model.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
  tool_call_id?: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
  stream?: boolean;
}

export type ModelTurn = { content: string } | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> };

export interface FakeModelOptions {
  /** Decides what the "model" answers to a request. */
  respond: (request: ChatRequest) => ModelTurn;
  /** Delay between streamed chunks (ms). */
  chunkDelayMs?: number;
  /** Delay before the first byte (ms), to simulate a slow model. */
  firstByteDelayMs?: number;
}

export interface FakeModelServer {
  url: string;
  requests: ChatRequest[];
  /** Make the next n chat requests fail with HTTP 500. */
  failNext(n: number): void;
  /** Stop answering chat requests (they hang) until resume(). */
  hang(): void;
  resume(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeOpenAI(options: FakeModelOptions): Promise<FakeModelServer> {
  const requests: ChatRequest[] = [];
  let failures = 0;
  let hanging = false;
  const hung: ServerResponse[] = [];
  let callCounter = 0;

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const request = JSON.parse(await readBody(req)) as ChatRequest;
      requests.push(request);
      if (hanging) {
        hung.push(res);
        return;
      }
      if (failures > 0) {
        failures--;
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'model overloaded', type: 'server_error' } }));
        return;
      }
      if (options.firstByteDelayMs) await sleep(options.firstByteDelayMs);
      const turn = options.respond(request);
      const id = `chatcmpl-${++callCounter}`;
      const created = Math.floor(Date.now() / 1000);
      const toolCalls = 'toolCalls' in turn
        ? turn.toolCalls.map((c, i) => ({ id: `call_${callCounter}_${i}`, type: 'function' as const, function: { name: c.name, arguments: JSON.stringify(c.arguments) } }))
        : undefined;
      if (!request.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({
          id, object: 'chat.completion', created, model: request.model,
          choices: [{ index: 0, finish_reason: toolCalls ? 'tool_calls' : 'stop', message: { role: 'assistant', content: 'content' in turn ? turn.content : null, ...(toolCalls ? { tool_calls: toolCalls } : {}) } }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (delta: Record<string, unknown>, finish: string | null = null) =>
        res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      send({ role: 'assistant', content: '' });
      if (toolCalls) {
        toolCalls.forEach((call, index) => send({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: call.function.arguments } }] }));
        send({}, 'tool_calls');
      } else if ('content' in turn) {
        // Word-sized chunks, like a tokenizer would stream them.
        for (const piece of turn.content.match(/\S+\s*|\s+/g) ?? []) {
          send({ content: piece });
          if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
        }
        send({}, 'stop');
      }
      res.write('data: [DONE]\n\n');
      res.end();
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    failNext: (n) => void (failures = n),
    hang: () => void (hanging = true),
    resume: () => {
      hanging = false;
      hung.splice(0).forEach((r) => r.destroy());
    },
    close: () =>
      new Promise<void>((resolve) => {
        hung.splice(0).forEach((r) => r.destroy());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The text of the last user message in a request. */
export const lastUserText = (r: ChatRequest) => [...r.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
/** Tool results already present in the request (the model has called tools this turn). */
export const toolResults = (r: ChatRequest) => r.messages.filter((m) => m.role === 'tool');
