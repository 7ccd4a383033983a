/**
 * GDPR access / portability: everything Parley holds about one customer of one store, as JSON —
 * the customer record, conversations with every message (private notes included, marked `internal`,
 * so the store can review before handing it over), images as base64, orders with shipments and
 * returns, ratings, e-mails and any other row that references them.
 */
import type { Queryable } from '../db/types.js';
import { collectOwnedRows, ident, type Collected } from './reference-graph.js';
import type { Subject } from './subject.js';

export interface CustomerExport {
  format: 'parley-customer-export/1';
  exportedAt: string;
  storeId: string;
  subject: { customerId: string | null; email: string | null };
  /** Table name → rows, in the database's own column names. */
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** Credentials and derived data that are not the customer's information. */
const OMITTED_COLUMNS = new Set(['token_hash', 'search_vector', 'embedding']);

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value;
}

function clean(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !OMITTED_COLUMNS.has(k)).map(([k, v]) => [k, plain(v)]));
}

export function subjectRoots(subject: Subject): Collected {
  return new Map([
    ['customers', new Set(subject.customerId ? [subject.customerId] : [])],
    ['conversations', new Set(subject.conversationIds)],
    ['orders', new Set(subject.orderIds)],
  ]);
}

export async function exportCustomer(q: Queryable, subject: Subject, now: Date): Promise<CustomerExport> {
  const { rows, edges } = await collectOwnedRows(q, subjectRoots(subject));
  const tables: CustomerExport['tables'] = {};
  for (const [table, ids] of rows) {
    if (ids.size === 0) continue;
    const { rows: found } = await q.query<Record<string, unknown>>(`SELECT * FROM ${ident(table)} WHERE id::text = ANY($1::text[]) ORDER BY 1`, [[...ids]]);
    tables[table] = found.map(clean);
  }
  // Rows reached only through a foreign key (tables keyed otherwise, e.g. translations, ratings).
  for (const edge of edges) {
    if (rows.has(edge.table)) continue;
    const parents = rows.get(edge.references);
    if (!parents?.size) continue;
    const { rows: found } = await q.query<Record<string, unknown>>(`SELECT * FROM ${ident(edge.table)} WHERE ${ident(edge.column)}::text = ANY($1::text[])`, [[...parents]]);
    if (found.length) tables[edge.table] = [...(tables[edge.table] ?? []), ...found.map(clean)];
  }
  return {
    format: 'parley-customer-export/1',
    exportedAt: now.toISOString(),
    storeId: subject.storeId,
    subject: { customerId: subject.customerId, email: subject.email },
    tables,
  };
}
