/**
 * The inbox in LLM mode against a local OpenAI-compatible server (real HTTP): two-way translation with
 * names, numbers and glossary terms kept away from the model, translations stored once, the copilot's
 * draft and summary, and the retrieval copilot when the model fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, CopilotSuggestion } from '../../protocol/agent-events.js';
import { buildTestApp, loginAgent, MINI_STORE, testConfig, type TestApp } from '../helpers/app.js';
import { lastUserText, startFakeOpenAI, type ChatRequest, type FakeModelServer, type ModelTurn } from '../helpers/fake-openai-server.js';
import { listMessages } from '../../server/src/conversations/messages-repository.js';
import { updateAgentProfile } from '../../server/src/auth/agents-repository.js';
import { handOff } from './inbox-fixtures.js';

/** The "model": tags translations with their target so the test can tell them apart; keeps markers. */
function behaviour(r: ChatRequest): ModelTurn {
  const system = r.messages.find((m) => m.role === 'system')?.content ?? '';
  const user = lastUserText(r);
  const target = /into [^(]+\((\w[\w-]*)\)/.exec(system)?.[1];
  if (system.includes('You translate messages')) return { content: `[${target}] ${user}` };
  if (system.includes('Draft the agent')) return { content: 'You can send it back within 30 days; I will email you a label.' };
  if (system.includes('Summarise')) return { content: 'Wants to return a sweater bought last week.' };
  return { content: '' };
}

describe('inbox in LLM mode (local OpenAI-compatible server)', () => {
  let model: FakeModelServer;
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof loginAgent>>;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    model = await startFakeOpenAI({ respond: behaviour });
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'llm', llm: { ...testConfig().llm, baseUrl: model.url, apiKey: 'test', chatModel: 'fake-model', timeoutMs: 2000 } } });
    // The shopper side is not under test here: hand every message to the inbox.
    t.app.conversations.responder = undefined;
    agent = await loginAgent(t.app, { storeId: 'mini-store', email: 'ana@mini.example', role: 'admin' });
    await updateAgentProfile(t.app.db, agent.agentId, { languages: ['en'] });
    await call('PUT', '/api/stores/mini-store/admin/settings', { inbox: { glossary: ['Cascade Jacket'] } });
  });
  afterAll(async () => {
    await t.close();
    await model.close();
  });

  it('translates a shopper’s message for the agent without showing the model names and numbers', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Hola, mi correo es lucia@example.com y la Cascade Jacket del pedido #M1001 no llegó.', locale: 'es' });
    const detail = (await call('GET', `/api/stores/mini-store/conversations/${c.id}`)).json() as ConversationDetail;
    expect(detail.features).toMatchObject({ translation: true, copilotModel: true });
    const message = detail.messages.find((m) => m.author === 'shopper')!;
    const before = model.requests.length;
    const res = await call('POST', `/api/stores/mini-store/conversations/${c.id}/messages/${message.id}/translate`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().translation).toEqual({ language: 'en', text: '[en] Hola, mi correo es lucia@example.com y la Cascade Jacket del pedido #M1001 no llegó.' });
    const sent = lastUserText(model.requests.at(-1)!);
    for (const secret of ['lucia@example.com', '#M1001', 'Cascade Jacket']) expect(sent).not.toContain(secret);
    expect(sent).toContain('⟦');
    // Stored: reading it again (or another agent opening it) does not call the model.
    await call('POST', `/api/stores/mini-store/conversations/${c.id}/messages/${message.id}/translate`, {});
    expect(model.requests.length).toBe(before + 1);
    const again = (await call('GET', `/api/stores/mini-store/conversations/${c.id}`)).json() as ConversationDetail;
    expect(again.messages.find((m) => m.id === message.id)?.translation?.text).toContain('[en] ');
  });

  it('sends the agent’s reply in the shopper’s language and keeps the original for agents', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'Buenas tardes, ¿cuándo llega mi pedido?', locale: 'es' });
    const res = await call('POST', `/api/stores/mini-store/conversations/${c.id}/messages`, { text: 'Your Cascade Jacket ships tomorrow.', clientId: 'llm-reply-0001', translate: true });
    expect(res.statusCode).toBe(201);
    expect(res.json().message).toMatchObject({ text: '[es] Your Cascade Jacket ships tomorrow.', language: 'es', payload: { original: { text: 'Your Cascade Jacket ships tomorrow.', language: 'en' } } });
    const shopperSees = await listMessages(t.app.db, c.id, { includeInternal: false });
    expect(shopperSees.at(-1)?.text).toBe('[es] Your Cascade Jacket ships tomorrow.');
    // Without asking for translation the text goes as written.
    const plain = await call('POST', `/api/stores/mini-store/conversations/${c.id}/messages`, { text: 'Gracias por esperar.', clientId: 'llm-reply-0002' });
    expect(plain.json().message.text).toBe('Gracias por esperar.');
  });

  it('drafts a reply from the help center and summarises; falls back to retrieval when the model fails', async () => {
    const c = await handOff(t.app, 'mini-store', { text: 'How many days do I have to return a sweater?', locale: 'en' });
    await t.app.db.query(`UPDATE conversations SET intent = 'returns' WHERE id = $1`, [c.id]);
    const copilot = (await call('GET', `/api/stores/mini-store/conversations/${c.id}/copilot`)).json() as { usesModel: boolean; suggestions: CopilotSuggestion[]; summary: string };
    expect(copilot.usesModel).toBe(true);
    expect(copilot.suggestions[0]).toMatchObject({ origin: 'model', text: 'You can send it back within 30 days; I will email you a label.' });
    expect(copilot.suggestions[0]!.sources.map((s) => s.articleId)).toContain('returns');
    expect(copilot.summary).toBe('Wants to return a sweater bought last week.');
    const draftRequest = model.requests.find((r) => r.messages[0]?.content?.includes('Draft the agent'))!;
    expect(draftRequest.messages[0]!.content).toContain('[1] Returns:'); // the help-center passage was given to the model

    model.failNext(4);
    const fallback = (await call('GET', `/api/stores/mini-store/conversations/${c.id}/copilot`)).json() as { suggestions: CopilotSuggestion[]; summary: string };
    expect(fallback.suggestions.some((s) => s.origin === 'model')).toBe(false);
    expect(fallback.suggestions.length).toBeGreaterThan(0);
    expect(fallback.summary).toContain('How many days do I have to return a sweater?');
  });
});
