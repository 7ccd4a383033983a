/** The articles REST API for store admins and the knowledge search endpoint for agents. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';

let t: TestApp;
let admin: { cookie: string; csrfToken: string };
let agent: { cookie: string; csrfToken: string };
const base = '/api/stores/mini-store';

beforeAll(async () => {
  t = await buildTestApp({ store: MINI_STORE });
  admin = await loginAgent(t.app, { storeId: 'mini-store', role: 'admin' });
  agent = await loginAgent(t.app, { storeId: 'mini-store', role: 'agent' });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const send = (who: { cookie: string; csrfToken: string }, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken }, ...(payload ? { payload } : {}) });

describe('articles API', () => {
  it('creates an article (Markdown), indexes it before answering, and reads it back', async () => {
    const res = await send(admin, 'POST', `${base}/articles`, {
      locale: 'en',
      title: 'Loyalty points',
      body: '# Loyalty points\n\n## Earning\n\nEvery euro spent earns one point.\n\n## Spending\n\n100 points give a 5 euro voucher.',
      tags: ['loyalty'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: true, article: { articleId: 'loyalty-points', locale: 'en', chunks: 2, source: 'api' }, index: { added: 2 } });
    const search = await send(agent, 'GET', `${base}/knowledge/search?q=${encodeURIComponent('how do I earn points')}&locale=en`);
    expect(search.json().passages[0]).toMatchObject({ articleId: 'loyalty-points', headingPath: ['Earning'] });

    const one = await send(admin, 'GET', `${base}/articles/loyalty-points`);
    expect(one.json().translations).toHaveLength(1);
    const list = await send(admin, 'GET', `${base}/articles?tag=loyalty`);
    expect(list.json()).toMatchObject({ total: 1, articles: [{ articleId: 'loyalty-points' }] });
    expect(list.json().articles[0].body).toBeUndefined();
  });

  it('adds a translation with PUT (shared id) and replaces it on a second PUT', async () => {
    const created = await send(admin, 'PUT', `${base}/articles/loyalty-points/es`, { title: 'Puntos de fidelidad', body: 'Cada euro gastado suma un punto.' });
    expect(created.statusCode).toBe(201);
    const replaced = await send(admin, 'PUT', `${base}/articles/loyalty-points/es`, { title: 'Puntos de fidelidad', body: 'Cada euro gastado suma dos puntos.' });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().index).toMatchObject({ added: 1, removed: 1 });
    const search = await send(agent, 'GET', `${base}/knowledge/search?q=${encodeURIComponent('¿cuántos puntos gano?')}&locale=es&answer=true`);
    expect(search.json().passages[0]).toMatchObject({ articleId: 'loyalty-points', locale: 'es' });
    expect(search.json().answer).toMatchObject({ articleId: 'loyalty-points', text: 'Cada euro gastado suma dos puntos.' });
  });

  it('the assistant answers from the edited article at once (its sections are cached by what they were built from)', async () => {
    const body = (points: string) => `# Gift wrapping\n\n## Price\n\nGift wrapping costs ${points} per parcel.\n\n## Paper\n\nRecycled paper with a ribbon.`;
    expect((await send(admin, 'PUT', `${base}/articles/gift-wrapping/en`, { title: 'Gift wrapping', body: body('3 euros') })).statusCode).toBe(201);
    const ask = async (visitorId: string) => {
      const { conversation } = await t.app.conversations.start({ storeId: 'mini-store', locale: 'en', visitorId });
      await t.app.conversations.receiveShopperMessage(conversation, { clientId: `${visitorId}-1`, text: 'How much does gift wrapping cost?' });
      await t.app.conversations.drain();
      const { rows } = await t.app.db.query<{ text: string }>(`SELECT text FROM messages WHERE conversation_id = $1 AND author = 'assistant' ORDER BY seq`, [conversation.id]);
      return rows.map((r) => r.text).join('\n');
    };
    expect(await ask('wrap-1')).toContain('3 euros');
    expect((await send(admin, 'PUT', `${base}/articles/gift-wrapping/en`, { title: 'Gift wrapping', body: body('5 euros') })).statusCode).toBe(200);
    const after = await ask('wrap-2');
    expect(after).toContain('5 euros');
    expect(after).not.toContain('3 euros');
  });

  it('accepts HTML and stores it without scripts or handlers', async () => {
    const res = await send(admin, 'POST', `${base}/articles`, {
      articleId: 'store-pickup',
      locale: 'en',
      title: 'Store pickup',
      format: 'html',
      body: '<h2>Pickup</h2><p onmouseover="steal()">Collect in Madrid.<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>',
    });
    expect(res.statusCode).toBe(201);
    const stored = (await send(admin, 'GET', `${base}/articles/store-pickup/en`)).json().article.body as string;
    expect(stored).toContain('<h2>Pickup</h2>');
    expect(stored).not.toMatch(/script|onmouseover|javascript:|alert/);
  });

  it('reads front matter from a pasted Markdown file', async () => {
    const res = await send(admin, 'POST', `${base}/articles`, { body: '---\nid: size-help\ntitle: Size help\nlocale: en\ntags: [sizing]\n---\n\nMeasure your chest.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().article).toMatchObject({ articleId: 'size-help', title: 'Size help', tags: ['sizing'] });
  });

  it.each([
    ['a duplicate id and locale', { articleId: 'loyalty-points', locale: 'en', title: 'Again', body: 'Text.' }, 409, 'PARLEY_ERR_CONFLICT'],
    ['an unknown locale', { locale: 'xx', title: 'T', body: 'Text.' }, 422, 'PARLEY_ERR_UNPROCESSABLE'],
    ['broken front matter', { body: '---\ntitle: [unclosed\n---\nText' }, 400, 'PARLEY_ERR_VALIDATION'],
    ['an empty body', { locale: 'en', title: 'Empty', body: '   \n# Empty\n\n<script>x</script>' }, 400, 'PARLEY_ERR_VALIDATION'],
    ['a huge body', { locale: 'en', title: 'Huge', body: 'word '.repeat(120_000) }, 413, 'PARLEY_ERR_PAYLOAD_TOO_LARGE'],
    ['a bad id', { articleId: 'Not OK!', locale: 'en', title: 'T', body: 'Text.' }, 400, 'PARLEY_ERR_VALIDATION'],
  ])('rejects %s with a clear error', async (_name, payload, status, code) => {
    const res = await send(admin, 'POST', `${base}/articles`, payload);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message.length).toBeGreaterThan(10);
  });

  it('deletes a translation, then the whole article; both disappear from search', async () => {
    expect((await send(admin, 'DELETE', `${base}/articles/loyalty-points/es`)).statusCode).toBe(204);
    expect((await send(admin, 'GET', `${base}/articles/loyalty-points/es`)).statusCode).toBe(404);
    expect((await send(admin, 'DELETE', `${base}/articles/loyalty-points`)).statusCode).toBe(204);
    const search = await send(agent, 'GET', `${base}/knowledge/search?q=loyalty+points&locale=en`);
    expect(search.json().passages.map((p: { articleId: string }) => p.articleId)).not.toContain('loyalty-points');
    expect((await send(admin, 'DELETE', `${base}/articles/loyalty-points`)).statusCode).toBe(404);
  });

  it('needs an admin for articles, a CSRF token for changes, and membership for search', async () => {
    expect((await send(agent, 'GET', `${base}/articles`)).statusCode).toBe(403);
    const noCsrf = await t.app.inject({ method: 'POST', url: `${base}/articles`, headers: { cookie: admin.cookie }, payload: { locale: 'en', title: 'T', body: 'x' } });
    expect(noCsrf.json().error.code).toBe('PARLEY_ERR_CSRF');
    expect((await t.app.inject({ method: 'GET', url: `${base}/knowledge/search?q=returns` })).statusCode).toBe(401);
  });

  it('search: emoji-only gives no passages; an oversized query is a clear 400', async () => {
    const emoji = await send(agent, 'GET', `${base}/knowledge/search?q=${encodeURIComponent('😀😀')}`);
    expect(emoji.json()).toMatchObject({ passages: [], answerability: { answerable: false } });
    const huge = await send(agent, 'GET', `${base}/knowledge/search?q=${'a'.repeat(10_000)}`);
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.code).toBe('PARLEY_ERR_VALIDATION');
  });
});
