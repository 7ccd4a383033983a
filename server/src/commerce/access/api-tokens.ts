/**
 * Store API tokens for machine clients (an ERP, OMS or marketplace connector pushing orders). The
 * token is shown once at creation; only its SHA-256 is stored. Tokens belong to one store.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/types.js';

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const TOKEN_PREFIX = 'plt_';
const hash = (token: string): string => createHash('sha256').update(token).digest('hex');
const view = (r: TokenRow): ApiTokenView => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at).toISOString(),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
  revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
});

export async function createApiToken(q: Queryable, input: { storeId: string; name: string; createdBy: string | null }): Promise<{ token: string; apiToken: ApiTokenView }> {
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  const { rows } = await q.query<TokenRow>(
    `INSERT INTO store_api_tokens (store_id, name, token_hash, created_by) VALUES ($1, $2, $3, $4)
     RETURNING id, name, created_at, last_used_at, revoked_at`,
    [input.storeId, input.name, hash(token), input.createdBy],
  );
  return { token, apiToken: view(rows[0]!) };
}

export async function listApiTokens(q: Queryable, storeId: string): Promise<ApiTokenView[]> {
  const { rows } = await q.query<TokenRow>(
    'SELECT id, name, created_at, last_used_at, revoked_at FROM store_api_tokens WHERE store_id = $1 ORDER BY created_at DESC',
    [storeId],
  );
  return rows.map(view);
}

/** True when the token was revoked now (false: unknown or already revoked). */
export async function revokeApiToken(q: Queryable, storeId: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const { rows } = await q.query<{ id: string }>(
    'UPDATE store_api_tokens SET revoked_at = now() WHERE store_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id',
    [storeId, id],
  );
  return rows.length > 0;
}

/** Checks an `Authorization: Bearer …` value against the store's live tokens (and notes its use). */
export async function verifyApiToken(q: Queryable, storeId: string, authorization: string | undefined): Promise<boolean> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  if (!m?.[1] || !m[1].startsWith(TOKEN_PREFIX)) return false;
  const { rows } = await q.query<{ id: string }>(
    `UPDATE store_api_tokens SET last_used_at = now() WHERE store_id = $1 AND token_hash = $2 AND revoked_at IS NULL RETURNING id`,
    [storeId, hash(m[1])],
  );
  return rows.length > 0;
}
