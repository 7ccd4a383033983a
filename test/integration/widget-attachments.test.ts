/**
 * Image attachments: only real images (by their bytes) within the size limit, readable only by the
 * conversation's owner and its store's agents, served with headers that keep them inert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { AttachmentRef, Message } from '../../protocol/messages.js';
import type { SessionInfo } from '../../protocol/widget-events.js';
import { buildTestApp, loginAgent, MINI_STORE, type TestApp } from '../helpers/app.js';
import { connected, emitAck, widgetSocket } from '../helpers/sockets.js';
import { solidPng } from '../unit/widget/png.js';
import { MAX_ATTACHMENT_BYTES } from '../../server/src/attachments/attachment-routes.js';

type Ok<T> = { ok: true } & T;

describe('widget attachments', () => {
  let t: TestApp;
  let base: string;
  const sockets: Socket[] = [];

  async function conversation(): Promise<{ socket: Socket; token: string; conversationId: string }> {
    const socket = widgetSocket(base, { storeId: 'mini-store', locale: 'en' });
    sockets.push(socket);
    await connected(socket);
    const started = await emitAck<Ok<{ session: SessionInfo }>>(socket, 'conversation:start', {});
    return { socket, token: started.session.token!, conversationId: started.session.conversationId! };
  }

  const upload = (token: string | undefined, body: Buffer, contentType = 'image/png', name = 'damaged%20box.png') =>
    t.app.inject({
      method: 'POST',
      url: '/api/widget/mini-store/attachments',
      headers: { 'content-type': contentType, ...(token ? { 'x-parley-token': token } : {}), 'x-file-name': name, origin: 'https://shop.example' },
      payload: body,
    });

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff' } });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('stores a real image under a random id and sends it with a message', async () => {
    const { socket, token, conversationId } = await conversation();
    const png = solidPng(40, 30);
    const res = await upload(token, png, 'application/octet-stream');
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const { attachment } = res.json() as { attachment: AttachmentRef };
    expect(attachment).toMatchObject({ contentType: 'image/png', size: png.length, width: 40, height: 30, name: 'damaged box.png' });
    expect(attachment.id).toMatch(/^[0-9a-f-]{36}$/);

    const sent = await emitAck<Ok<{ message: Message }>>(socket, 'message:send', { clientId: 'att-000001', text: '', attachmentIds: [attachment.id] });
    expect(sent.ok).toBe(true);
    expect(sent.message.payload?.attachments).toEqual([attachment]);
    expect(sent.message.text).toContain('damaged box.png');
    const { rows } = await t.app.db.query<{ message_id: string; conversation_id: string }>('SELECT message_id, conversation_id FROM attachments WHERE id = $1', [attachment.id]);
    expect(rows[0]).toEqual({ message_id: sent.message.id, conversation_id: conversationId });

    // A sent attachment cannot be re-attached to another message.
    const again = await emitAck<Ok<{ message: Message }>>(socket, 'message:send', { clientId: 'att-000002', text: 'same photo again', attachmentIds: [attachment.id] });
    expect(again.message.payload?.attachments ?? []).toEqual([]);
  });

  it('refuses anything that is not an image by its bytes, whatever its name or type says', async () => {
    const { token } = await conversation();
    const html = await upload(token, Buffer.from('<html><script>alert(1)</script></html>'), 'image/png', 'cat.png');
    expect(html.statusCode).toBe(422);
    const svg = await upload(token, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml', 'x.svg');
    expect(svg.statusCode).toBe(422);
    const tooBig = await upload(token, Buffer.concat([solidPng(2, 2), Buffer.alloc(MAX_ATTACHMENT_BYTES)]));
    expect(tooBig.statusCode).toBe(413);
    const text = await upload(token, Buffer.from('hello'), 'text/plain');
    expect(text.statusCode).toBe(400);
    expect(text.json()).toMatchObject({ error: { code: 'PARLEY_ERR_VALIDATION' } });
  });

  it('needs the conversation token to upload', async () => {
    expect((await upload(undefined, solidPng(2, 2))).statusCode).toBe(401);
    expect((await upload('x'.repeat(32), solidPng(2, 2))).statusCode).toBe(403);
  });

  it('serves the image to its owner and the store agents only, with inert headers', async () => {
    const owner = await conversation();
    const stranger = await conversation();
    const { attachment } = (await upload(owner.token, solidPng(8, 8))).json() as { attachment: AttachmentRef };
    const url = `/api/widget/mini-store/attachments/${attachment.id}`;

    const mine = await t.app.inject({ url, headers: { 'x-parley-token': owner.token } });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    expect(mine.headers['content-security-policy']).toContain('sandbox');
    expect(mine.headers['content-disposition']).toMatch(/^inline; filename="attachment-[0-9a-f]{8}\.png"$/);
    expect(mine.rawPayload.equals(solidPng(8, 8))).toBe(true);

    expect((await t.app.inject({ url, headers: { 'x-parley-token': stranger.token } })).statusCode).toBe(404);
    expect((await t.app.inject({ url })).statusCode).toBe(401);

    const agent = await loginAgent(t.app, { storeId: 'mini-store' });
    const agentUrl = `/api/stores/mini-store/attachments/${attachment.id}`;
    const asAgent = await t.app.inject({ url: agentUrl, headers: { cookie: agent.cookie } });
    expect(asAgent.statusCode).toBe(200);
    expect(asAgent.headers['content-type']).toBe('image/png');
    expect((await t.app.inject({ url: agentUrl })).statusCode).toBe(401);

    await t.app.db.query(`INSERT INTO stores (id, name, identity_secret, webhook_secret) VALUES ('other-store', 'Other', 'a', 'b')`);
    const outsider = await loginAgent(t.app, { storeId: 'other-store' });
    expect((await t.app.inject({ url: agentUrl, headers: { cookie: outsider.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ url: `/api/stores/other-store/attachments/${attachment.id}`, headers: { cookie: outsider.cookie } })).statusCode).toBe(404);
  });
});
