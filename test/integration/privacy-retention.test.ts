/**
 * Retention: the hourly sweep deletes conversations idle past the period (with their messages and
 * images), images past theirs, never-sent uploads after a day; a store can shorten but not lengthen
 * the instance's periods; the sweep runs as a job of the shared queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, MINI_STORE, type TestApp } from '../helpers/app.js';
import { effectivePolicy, sweepRetention } from '../../server/src/privacy/retention.js';

const STORE = 'mini-store';
const DAY = 24 * 3600 * 1000;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('retention', () => {
  let t: TestApp;
  const now = new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  async function conversationIdle(days: number, label: string): Promise<string> {
    const { conversation } = await t.app.conversations.start({ storeId: STORE, visitorId: label });
    await t.app.conversations.receiveShopperMessage(conversation, { clientId: `${label}-0001`, text: `message from ${label}` });
    await t.app.conversations.drain();
    await t.app.db.query('UPDATE conversations SET last_message_at = $2 WHERE id = $1', [conversation.id, ago(days)]);
    return conversation.id;
  }

  async function image(conversationId: string, days: number, sent: boolean): Promise<string> {
    const { rows: messages } = await t.app.db.query<{ id: string }>('SELECT id FROM messages WHERE conversation_id = $1 LIMIT 1', [conversationId]);
    const { rows } = await t.app.db.query<{ id: string }>(
      `INSERT INTO attachments (store_id, conversation_id, message_id, uploaded_by, content_type, file_name, byte_size, sha256, data, created_at)
       VALUES ($1, $2, $3, 'shopper', 'image/png', 'photo.png', $4, 'x', $5, $6) RETURNING id`,
      [STORE, conversationId, sent ? messages[0]!.id : null, PNG.length, PNG, ago(days)],
    );
    return rows[0]!.id;
  }

  const exists = async (table: string, id: string) => (await t.app.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length === 1;

  beforeAll(async () => {
    t = await buildTestApp({ store: MINI_STORE, config: { assistantMode: 'handoff', retention: { conversationDays: 90, attachmentDays: 30 } } });
  });
  afterAll(async () => t.close());

  it('deletes what outlived the periods and keeps the rest', async () => {
    const old = await conversationIdle(120, 'old');
    const recent = await conversationIdle(5, 'recent');
    const oldImage = await image(recent, 45, true);
    const newImage = await image(recent, 2, true);
    const unsent = await image(recent, 2, false);
    const freshUnsent = await image(recent, 0, false);

    const report = await sweepRetention(t.app.db, t.app.config.retention, now);
    expect(report).toMatchObject({ conversations: 1, attachments: 1, unsentUploads: 1 });
    expect(await exists('conversations', old)).toBe(false);
    expect((await t.app.db.query('SELECT 1 FROM messages WHERE conversation_id = $1', [old])).rows).toEqual([]);
    expect(await exists('conversations', recent)).toBe(true);
    expect(await exists('attachments', oldImage)).toBe(false);
    expect(await exists('attachments', newImage)).toBe(true);
    expect(await exists('attachments', unsent)).toBe(false);
    expect(await exists('attachments', freshUnsent)).toBe(true);
    // The message that carried the deleted image keeps its text.
    expect((await t.app.db.query('SELECT 1 FROM messages WHERE conversation_id = $1', [recent])).rows.length).toBeGreaterThan(0);
  });

  it('lets a store shorten the periods but not lengthen them', async () => {
    expect(effectivePolicy({ conversationDays: 90, attachmentDays: 0 }, { retention: { conversationDays: 30, attachmentDays: 7 } })).toEqual({ conversationDays: 30, attachmentDays: 7 });
    expect(effectivePolicy({ conversationDays: 90, attachmentDays: 30 }, { retention: { conversationDays: 400 } })).toEqual({ conversationDays: 90, attachmentDays: 30 });
    expect(effectivePolicy({ conversationDays: 0, attachmentDays: 0 }, {})).toEqual({ conversationDays: 0, attachmentDays: 0 });

    const tenDays = await conversationIdle(10, 'ten-days');
    await t.app.db.query(`UPDATE stores SET settings = jsonb_set(settings, '{retention}', '{"conversationDays": 7}') WHERE id = $1`, [STORE]);
    await sweepRetention(t.app.db, t.app.config.retention, now);
    expect(await exists('conversations', tenDays)).toBe(false);
  });

  it('runs as a job of the shared queue', async () => {
    const doomed = await conversationIdle(200, 'job-run');
    const { created } = await t.app.jobs.enqueue('privacy.retention', {}, { idempotencyKey: 'test-sweep' });
    expect(created).toBe(true);
    await t.app.jobs.drain();
    expect(await exists('conversations', doomed)).toBe(false);
  });
});
