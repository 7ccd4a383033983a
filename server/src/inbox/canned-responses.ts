/** Canned responses per store and language, typed as "/shortcut" in the reply box. */
import type { Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';
import type { CannedResponse } from '../../../protocol/agent-events.js';
import { DEFAULT_CANNED } from './default-canned.js';
import { unknownPlaceholders } from './canned-templates.js';

interface CannedRow {
  id: string;
  store_id: string;
  shortcut: string;
  language: string;
  title: string;
  body: string;
  intents: string[];
}

const toCanned = (r: CannedRow): CannedResponse => ({
  id: r.id,
  storeId: r.store_id,
  shortcut: r.shortcut,
  language: r.language,
  title: r.title,
  body: r.body,
  intents: r.intents,
});

export interface CannedInput {
  shortcut: string;
  language: string;
  title: string;
  body: string;
  intents?: string[];
}

function validate(input: CannedInput): void {
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(input.shortcut)) throw new ParleyError('VALIDATION', 'shortcut: lowercase letters, digits, _ and -, at most 40');
  const unknown = unknownPlaceholders(input.body);
  if (unknown.length) throw new ParleyError('VALIDATION', `unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(', ')}`);
}

/** Gives a store the starter set the first time its canned responses are listed. */
async function seedDefaults(q: Queryable, storeId: string): Promise<void> {
  const { rows } = await q.query<{ locales: string[]; n: number }>(
    'SELECT s.locales, (SELECT count(*)::int FROM canned_responses c WHERE c.store_id = s.id) AS n FROM stores s WHERE s.id = $1',
    [storeId],
  );
  const store = rows[0];
  if (!store || store.n > 0) return;
  for (const seed of DEFAULT_CANNED) {
    for (const language of store.locales) {
      const body = seed.bodies[language];
      if (!body) continue;
      await q.query(
        `INSERT INTO canned_responses (store_id, shortcut, language, title, body, intents) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (store_id, shortcut, language) DO NOTHING`,
        [storeId, seed.shortcut, language, seed.title, body, seed.intents],
      );
    }
  }
}

export async function listCanned(q: Queryable, storeId: string, language?: string): Promise<CannedResponse[]> {
  await seedDefaults(q, storeId);
  const { rows } = await q.query<CannedRow>(
    `SELECT * FROM canned_responses WHERE store_id = $1 AND ($2::text IS NULL OR language = $2) ORDER BY shortcut, language`,
    [storeId, language ?? null],
  );
  return rows.map(toCanned);
}

export async function createCanned(q: Queryable, storeId: string, input: CannedInput, agentId: string): Promise<CannedResponse> {
  validate(input);
  const { rows } = await q.query<CannedRow>(
    `INSERT INTO canned_responses (store_id, shortcut, language, title, body, intents, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (store_id, shortcut, language) DO NOTHING RETURNING *`,
    [storeId, input.shortcut, input.language, input.title, input.body, input.intents ?? [], agentId],
  );
  if (!rows[0]) throw new ParleyError('CONFLICT', `/${input.shortcut} already exists in ${input.language}`);
  return toCanned(rows[0]);
}

export async function updateCanned(q: Queryable, storeId: string, id: string, input: CannedInput): Promise<CannedResponse> {
  validate(input);
  const { rows } = await q.query<CannedRow>(
    `UPDATE canned_responses SET shortcut = $3, language = $4, title = $5, body = $6, intents = $7, updated_at = now()
     WHERE store_id = $1 AND id = $2 RETURNING *`,
    [storeId, id, input.shortcut, input.language, input.title, input.body, input.intents ?? []],
  ).catch((err: unknown) => {
    if (String((err as { code?: string }).code) === '23505') throw new ParleyError('CONFLICT', `/${input.shortcut} already exists in ${input.language}`);
    throw err;
  });
  if (!rows[0]) throw new ParleyError('NOT_FOUND', 'Unknown canned response');
  return toCanned(rows[0]);
}

export async function deleteCanned(q: Queryable, storeId: string, id: string): Promise<void> {
  const { affectedRows } = await q.query('DELETE FROM canned_responses WHERE store_id = $1 AND id = $2', [storeId, id]);
  if (affectedRows === 0) throw new ParleyError('NOT_FOUND', 'Unknown canned response');
}
