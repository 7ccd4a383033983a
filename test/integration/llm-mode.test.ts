/**
 * LLM mode against a local OpenAI-compatible server (real HTTP, SSE streaming, tool calls): streamed
 * replies over the widget socket, tools scoped to the verified shopper, the grounding check, timeouts
 * and the circuit breaker falling back to the offline assistant, and personal data kept out of prompts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { connected, emitAck, waitFor, widgetSocket } from '../helpers/sockets.js';
import { lastUserText, startFakeOpenAI, toolResults, type ChatRequest, type FakeModelServer, type ModelTurn } from '../helpers/fake-openai-server.js';
import { identitySignature } from '../../server/src/identity/signature.js';
import { getStore } from '../../server/src/repositories/stores.js';

/** The "model": looks orders up with the tool, then answers from what the tool returned. */
let behaviour: (r: ChatRequest) => ModelTurn;
const honest = (r: ChatRequest): ModelTurn => {
  const results = toolResults(r);
  const user = lastUserText(r);
  const order = /#?(M\d{4})/.exec(user)?.[1];
  if (results.length === 0 && order) return { toolCalls: [{ name: 'order_status', arguments: { order_number: order } }] };
  if (results.length === 0 && /return/i.test(user)) return { toolCalls: [{ name: 'search_help_center', arguments: { query: user } }] };
  const tool = JSON.parse(results[results.length - 1]?.content ?? '{}') as { text?: string };
  const tracking = /\b\d{20}\b/.exec(tool.text ?? '')?.[0];
  if (tracking) return { content: `Good news: your parcel was delivered. The tracking number is ${tracking}.` };
  if (/30/.test(tool.text ?? '')) return { content: 'You can return unworn items within 30 days of delivery.' };
  return { content: "I'm not sure about that; shall I pass you to a person?" };
};

describe('LLM mode (local OpenAI-compatible server)', () => {
  let model: FakeModelServer;
  let t: TestApp;
  let base: string;
  let secret: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    behaviour = honest;
    model = await startFakeOpenAI({ respond: (r) => behaviour(r), chunkDelayMs: 2 });
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'llm', llm: { baseUrl: model.url, apiKey: 'test', chatModel: 'fake-model', timeoutMs: 1500, redactPersonalData: true } } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    secret = (await getStore(t.app.db, 'mini-store'))!.identity_secret;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
    await model.close();
  });

  async function signedInShopper(): Promise<Socket> {
    const socket = widgetSocket(base, { storeId: 'mini-store', locale: 'en', identity: { email: 'ana@example.com', signature: identitySignature('ana@example.com', secret) } });
    sockets.push(socket);
    await connected(socket);
    return socket;
  }

  async function ask(socket: Socket, text: string): Promise<{ reply: Message; streamed: string[] }> {
    const streamed: string[] = [];
    const onStream = (d: { text: string }) => streamed.push(d.text);
    socket.on('message:stream', onStream);
    const replyPromise = waitFor<Message>(socket, 'message:created', (m) => m.author === 'assistant', 15_000);
    await emitAck(socket, 'message:send', { clientId: `c-${Math.random().toString(36).slice(2, 12)}`, text });
    const reply = await replyPromise;
    socket.off('message:stream', onStream);
    return { reply, streamed };
  }

  it('streams a grounded answer built from a tool call on the shopper’s own order', async () => {
    const socket = await signedInShopper();
    const { reply, streamed } = await ask(socket, 'Where is my order #M1001?');
    expect(reply.text).toContain('00340434161094042557');
    expect(reply.payload).toMatchObject({ mode: 'llm' });
    expect(streamed.length).toBeGreaterThan(1);
    expect(streamed[streamed.length - 1]!.trim()).toBe(reply.text);
    const toolCall = model.requests.find((r) => r.messages.some((m) => m.role === 'tool'));
    expect(toolCall?.tools?.map((x) => x.function.name)).toContain('order_status');
  });

  it('never shows another customer’s order, whatever the model asks the tools for', async () => {
    behaviour = (r) => (toolResults(r).length === 0 ? { toolCalls: [{ name: 'order_status', arguments: { order_number: 'M1002' } }] } : honest(r));
    const socket = await signedInShopper();
    const { reply } = await ask(socket, 'What is in order M1002?');
    behaviour = honest;
    expect(reply.text).not.toContain('tom@example.org');
    expect(reply.text).not.toMatch(/Baker|52\.00/);
  });

  it('falls back to the offline answer when the model states a fact no tool gave', async () => {
    behaviour = (r) => (toolResults(r).length === 0 ? { toolCalls: [{ name: 'order_status', arguments: { order_number: 'M1001' } }] } : { content: 'It was delivered on 3 March 2026 by courier 99999.' });
    const socket = await signedInShopper();
    const { reply } = await ask(socket, 'Did order #M1001 arrive?');
    behaviour = honest;
    expect(reply.payload).toMatchObject({ mode: 'offline' });
    expect(reply.text).not.toContain('99999');
    expect(reply.text).toContain('00340434161094042557');
  });

  it('keeps emails out of what the model sees', async () => {
    const socket = await signedInShopper();
    await ask(socket, 'My email is ana@example.com, what is your return policy?');
    const sent = JSON.stringify(model.requests[model.requests.length - 1]);
    expect(sent).not.toContain('ana@example.com');
    expect(sent).toContain('[email]');
  });

  it('answers offline when the model is down, and stops calling it once the breaker opens', async () => {
    model.failNext(100);
    const socket = await signedInShopper();
    for (let i = 0; i < 3; i++) {
      const { reply } = await ask(socket, `How long do I have to return an item? (${i})`);
      expect(reply.payload).toMatchObject({ mode: 'offline' });
      expect(reply.text).toMatch(/30/);
    }
    const before = model.requests.length;
    const { reply } = await ask(socket, 'And where is my order #M1001?');
    expect(reply.text).toContain('00340434161094042557');
    expect(model.requests.length).toBe(before); // breaker open: the model was not called
    model.failNext(0);
  });
});

describe('LLM mode: a model that hangs', () => {
  it('times out and answers offline instead of leaving the shopper waiting', async () => {
    const model = await startFakeOpenAI({ respond: () => ({ content: 'late' }) });
    model.hang();
    const t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'llm', llm: { baseUrl: model.url, apiKey: 'x', chatModel: 'fake', timeoutMs: 400, redactPersonalData: true } } });
    try {
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = widgetSocket(base, { storeId: 'mini-store', locale: 'en' });
      await connected(socket);
      const reply = waitFor<Message>(socket, 'message:created', (m) => m.author === 'assistant', 15_000);
      await emitAck(socket, 'message:send', { clientId: 'hang-000001', text: 'How many days do I have for returns?' });
      const m = await reply;
      expect(m.payload).toMatchObject({ mode: 'offline' });
      socket.disconnect();
    } finally {
      await t.close();
      model.resume();
      await model.close();
    }
  });
});
