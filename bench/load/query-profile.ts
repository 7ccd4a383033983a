/**
 * Wraps a node's database to count statements and the time spent waiting for them, grouped by the
 * statement's text: how many queries a shopper message costs and which ones dominate.
 */
import type { Db, Queryable } from '../../server/src/db/types.js';

export interface StatementStats {
  sql: string;
  calls: number;
  totalMs: number;
  meanMs: number;
}

export interface QueryProfile {
  /** Statements since the previous call, slowest total first (top 15), plus the overall counts. */
  take(): { calls: number; totalMs: number; top: StatementStats[] };
}

const fingerprint = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 160);

export function profileQueries(db: Db): { db: Db; profile: QueryProfile } {
  let stats = new Map<string, { calls: number; totalMs: number }>();
  const timed = (target: Queryable): Queryable['query'] =>
    async function query<T>(sql: string, params?: readonly unknown[]) {
      const started = performance.now();
      try {
        return await target.query<T>(sql, params);
      } finally {
        const key = fingerprint(sql);
        const s = stats.get(key) ?? { calls: 0, totalMs: 0 };
        s.calls++;
        s.totalMs += performance.now() - started;
        stats.set(key, s);
      }
    };
  const wrapped: Db = {
    kind: db.kind,
    query: timed(db),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn({ query: timed(tx), exec: (sql) => tx.exec(sql) })),
    ping: () => db.ping(),
    close: () => db.close(),
  };
  return {
    db: wrapped,
    profile: {
      take() {
        const all = [...stats.entries()].map(([sql, s]) => ({ sql, calls: s.calls, totalMs: Math.round(s.totalMs), meanMs: Math.round((s.totalMs / s.calls) * 100) / 100 }));
        stats = new Map();
        return {
          calls: all.reduce((n, s) => n + s.calls, 0),
          totalMs: all.reduce((n, s) => n + s.totalMs, 0),
          top: all.sort((a, b) => b.totalMs - a.totalMs).slice(0, 15),
        };
      },
    },
  };
}
