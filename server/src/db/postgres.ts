/** PostgreSQL 15+ through node-postgres, for real deployments (DATABASE_URL). */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, QueryResult, Queryable } from './types.js';

// Return int8 (bigserial sequence numbers, counts) as numbers, like PGlite does, so both drivers
// hand repositories the same shapes. Our int8 values stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

type Client = pg.Pool | pg.PoolClient;

/**
 * Server-side prepared statements for the statements a node runs over and over. Planning the
 * per-message statements costs PostgreSQL more than running them (an inbox row: 2 ms to plan,
 * 0.3 ms to run), so a statement text seen PREPARE_AFTER times is sent as a named statement, whose
 * plan each connection keeps. Statements built with inline values never repeat often enough, and
 * the number of names is capped, so connections do not collect plans without bound.
 */
class PreparedStatements {
  private readonly seen = new Map<string, number>();
  private readonly names = new Map<string, string>();
  static readonly PREPARE_AFTER = 3;
  static readonly MAX_NAMES = 400;
  static readonly MAX_TRACKED = 5_000;

  constructor(readonly enabled: boolean) {}

  nameFor(sql: string, params: readonly unknown[]): string | undefined {
    if (!this.enabled || params.length === 0) return undefined;
    const name = this.names.get(sql);
    if (name) return name;
    if (this.names.size >= PreparedStatements.MAX_NAMES) return undefined;
    const count = (this.seen.get(sql) ?? 0) + 1;
    if (count < PreparedStatements.PREPARE_AFTER) {
      if (this.seen.size >= PreparedStatements.MAX_TRACKED) this.seen.clear();
      this.seen.set(sql, count);
      return undefined;
    }
    this.seen.delete(sql);
    const named = `parley_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    this.names.set(sql, named);
    return named;
  }

  /** A plan made before a schema change may no longer fit: run that statement unnamed from now on. */
  forget(sql: string): void {
    this.names.delete(sql);
    this.seen.set(sql, Number.NEGATIVE_INFINITY);
  }
}

function isStalePlan(err: unknown): boolean {
  return (err as { code?: string }).code === '0A000' && /cached plan/.test((err as Error).message);
}

function wrap(client: Client, prepared: PreparedStatements, inTransaction = false): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const name = prepared.nameFor(sql, params);
      let result: pg.QueryResult;
      try {
        result = name ? await client.query({ name, text: sql, values: params as unknown[] }) : await client.query(sql, params as unknown[]);
      } catch (err) {
        if (!name || !isStalePlan(err)) throw err;
        prepared.forget(sql);
        if (inTransaction) throw err; // the transaction is aborted: the caller's retry runs unnamed
        result = await client.query(sql, params as unknown[]);
      }
      return { rows: result.rows as T[], affectedRows: result.rowCount ?? 0 };
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

export async function openPostgres(url: string, poolMax: number, preparedStatements = true, connectTimeoutMs = 5_000): Promise<Db> {
  const prepared = new PreparedStatements(preparedStatements);
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: connectTimeoutMs });
  // An idle client losing its server (restart, failover) must not crash the process; the pool
  // drops it and the next query opens a fresh connection.
  pool.on('error', () => undefined);
  const base = wrap(pool, prepared);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client, prepared, true));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
