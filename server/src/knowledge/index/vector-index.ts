/**
 * The vector column is untyped (`vector`) so a store can change model and size without a schema
 * migration. pgvector needs fixed dimensions to build an HNSW index, so each configured model gets
 * a partial expression index: `(embedding::vector(N))` over the rows embedded by that model. Queries
 * use the same expression and predicate (vectorSearchSql) so the planner picks it.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/types.js';

export interface VectorSpace {
  /** embedding_model value of the rows, e.g. `offline-hash-v1@384`. */
  key: string;
  dimensions: number;
}

/** SQL string literal (the key comes from configuration, but is quoted properly anyway). */
export const sqlLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function vectorIndexName(space: VectorSpace): string {
  return `knowledge_chunks_hnsw_${createHash('sha256').update(space.key).digest('hex').slice(0, 12)}`;
}

/** The indexed expression, e.g. `embedding::vector(384)`. */
export const vectorExpression = (space: VectorSpace) => `embedding::vector(${Math.trunc(space.dimensions)})`;

export async function vectorIndexExists(db: Db, space: VectorSpace): Promise<boolean> {
  const { rows } = await db.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [vectorIndexName(space)]);
  return rows[0]?.exists ?? false;
}

/**
 * Creates the HNSW index for this model if it is missing (cosine distance; m 12, ef_construction 32: a quicker build — PGlite builds single-threaded — while the wide query beam keeps recall).
 * Building over many existing rows takes a while (tens of seconds at 100k chunks): it runs with a
 * larger maintenance_work_mem, in one transaction.
 */
export async function ensureVectorIndex(db: Db, space: VectorSpace): Promise<boolean> {
  if (await vectorIndexExists(db, space)) return false;
  const memory = db.kind === 'postgres' ? '512MB' : '256MB';
  await db.transaction(async (tx) => {
    await tx.exec(`SET LOCAL maintenance_work_mem = '${memory}'`);
    // pgvector builds HNSW with parallel workers on PostgreSQL (PGlite has none).
    if (db.kind === 'postgres') await tx.exec('SET LOCAL max_parallel_maintenance_workers = 2');
    await tx.exec(
      `CREATE INDEX IF NOT EXISTS ${vectorIndexName(space)} ON knowledge_chunks
       USING hnsw ((${vectorExpression(space)}) vector_cosine_ops) WITH (m = 12, ef_construction = 32)
       WHERE embedding_model = ${sqlLiteral(space.key)}`,
    );
  });
  return true;
}

export async function dropVectorIndex(db: Db, space: VectorSpace): Promise<void> {
  await db.exec(`DROP INDEX IF EXISTS ${vectorIndexName(space)}`);
}
