/**
 * Finds every row that belongs to a data subject by following foreign keys from the subject's roots
 * (customer, conversations, orders) to the rows that reference them, transitively. Read from the
 * database catalog at run time, so tables other areas add later (a new migration with a foreign key
 * to conversations or customers) are exported and erased without touching this module.
 */
import type { Queryable } from '../db/types.js';

export interface ForeignKey {
  /** The referencing table and column, e.g. messages.conversation_id. */
  table: string;
  column: string;
  /** The referenced table (always its `id` column in Parley's schema). */
  references: string;
}

/** Self-references are not ownership: a conversation merged into the subject's may be someone else's. */
const NOT_OWNERSHIP = new Set(['conversations.merged_into_id']);

export async function readForeignKeys(q: Queryable): Promise<ForeignKey[]> {
  const { rows } = await q.query<{ table_name: string; column_name: string; ref_table: string; ref_column: string }>(
    `SELECT kcu.table_name, kcu.column_name, ccu.table_name AS ref_table, ccu.column_name AS ref_column
     FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage kcu
       ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
     JOIN information_schema.constraint_column_usage ccu
       ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
     WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()
     ORDER BY kcu.table_name, kcu.column_name`,
  );
  return rows
    .filter((r) => r.ref_column === 'id' && !NOT_OWNERSHIP.has(`${r.table_name}.${r.column_name}`))
    .map((r) => ({ table: r.table_name, column: r.column_name, references: r.ref_table }));
}

export async function tablesWithIdColumn(q: Queryable): Promise<Set<string>> {
  const { rows } = await q.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'`,
  );
  return new Set(rows.map((r) => r.table_name));
}

/** Row ids per table; tables without an `id` column are reached through `edges` only. */
export type Collected = Map<string, Set<string>>;

/** Tables whose rows are never the subject's even when they point at subject rows. */
const NEVER_OWNED = new Set(['stores', 'agents']);

/**
 * Expands `roots` (table → ids) with every row that references a collected row, until nothing new
 * is found. Returns the collected ids and the foreign keys that connect them (for deletion order).
 */
export async function collectOwnedRows(q: Queryable, roots: Collected, maxDepth = 6): Promise<{ rows: Collected; edges: ForeignKey[] }> {
  const fks = (await readForeignKeys(q)).filter((fk) => !NEVER_OWNED.has(fk.table));
  const withId = await tablesWithIdColumn(q);
  const rows: Collected = new Map([...roots].map(([t, ids]) => [t, new Set(ids)]));
  const edges = new Map<string, ForeignKey>();
  for (let depth = 0; depth < maxDepth; depth++) {
    let grew = false;
    for (const fk of fks) {
      const parentIds = rows.get(fk.references);
      if (!parentIds || parentIds.size === 0) continue;
      edges.set(`${fk.table}.${fk.column}`, fk);
      if (!withId.has(fk.table)) continue;
      const { rows: found } = await q.query<{ id: string }>(`SELECT id::text AS id FROM ${ident(fk.table)} WHERE ${ident(fk.column)}::text = ANY($1::text[])`, [[...parentIds]]);
      const set = rows.get(fk.table) ?? new Set<string>();
      for (const r of found) {
        if (!set.has(r.id)) {
          set.add(r.id);
          grew = true;
        }
      }
      rows.set(fk.table, set);
    }
    if (!grew) break;
  }
  return { rows, edges: [...edges.values()] };
}

/** Table and column names come from the catalog, but quote them anyway. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
