/**
 * GDPR erasure: deletes one customer of one store and everything that is theirs — conversations and
 * messages (so the inbox search index, which lives on the messages table, no longer finds them),
 * images, ratings, e-mails, orders with shipments and returns, assistant turns, queued jobs — in one
 * transaction. Rows other areas add later are covered as long as they reference the customer, a
 * conversation, an order or a message by foreign key (see reference-graph.ts).
 */
import type { Db, Queryable } from '../db/types.js';
import { collectOwnedRows, ident, type ForeignKey } from './reference-graph.js';
import { subjectRoots } from './export-customer.js';
import type { Subject } from './subject.js';

export interface DeletionReport {
  /** Rows deleted per table. */
  deleted: Record<string, number>;
  conversationIds: string[];
}

/** Deepest first, so a child row is gone before its parent (no reliance on ON DELETE actions). */
function deletionOrder(tables: Iterable<string>, edges: readonly ForeignKey[]): string[] {
  const level = new Map<string, number>([...tables].map((t) => [t, 0]));
  for (let pass = 0; pass < 8; pass++) {
    for (const e of edges) {
      const parent = level.get(e.references) ?? 0;
      if ((level.get(e.table) ?? -1) <= parent && e.table !== e.references) level.set(e.table, parent + 1);
    }
  }
  return [...level.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}

async function deleteQueuedJobs(tx: Queryable, subject: Subject): Promise<number> {
  const { affectedRows } = await tx.query(
    `DELETE FROM jobs WHERE (store_id = $1 OR store_id IS NULL) AND (
       payload->>'conversationId' = ANY($2::text[]) OR payload->>'orderId' = ANY($3::text[]) OR ($4::text IS NOT NULL AND payload->>'customerId' = $4))`,
    [subject.storeId, subject.conversationIds, subject.orderIds, subject.customerId],
  );
  return affectedRows;
}

export async function deleteCustomer(db: Db, subject: Subject): Promise<DeletionReport> {
  return db.transaction(async (tx) => {
    const { rows, edges } = await collectOwnedRows(tx, subjectRoots(subject));
    const deleted: Record<string, number> = {};
    const count = (table: string, n: number) => {
      if (n > 0) deleted[table] = (deleted[table] ?? 0) + n;
    };
    const tables = new Set([...rows.keys(), ...edges.map((e) => e.table)]);
    for (const table of deletionOrder(tables, edges)) {
      // Rows keyed by something other than id (translations, ratings): through their foreign keys.
      for (const edge of edges.filter((e) => e.table === table && !rows.has(table))) {
        const parents = rows.get(edge.references);
        if (!parents?.size) continue;
        const { affectedRows } = await tx.query(`DELETE FROM ${ident(table)} WHERE ${ident(edge.column)}::text = ANY($1::text[])`, [[...parents]]);
        count(table, affectedRows);
      }
      const ids = rows.get(table);
      if (ids?.size) {
        const { affectedRows } = await tx.query(`DELETE FROM ${ident(table)} WHERE id::text = ANY($1::text[])`, [[...ids]]);
        count(table, affectedRows);
      }
    }
    count('jobs', await deleteQueuedJobs(tx, subject));
    return { deleted, conversationIds: subject.conversationIds };
  });
}
