/**
 * Who a privacy request is about, within one store: a customer record (by id, the store's own id for
 * them, or e-mail), and everything directly theirs — conversations linked to them or left with their
 * e-mail address, and orders placed under their record or e-mail address.
 */
import type { Queryable } from '../db/types.js';
import { ParleyError } from '../errors.js';

export interface SubjectQuery {
  /** Parley's customer id. */
  customerId?: string;
  /** The store's id for the customer (Shopify customer id…). */
  externalId?: string;
  email?: string;
}

export interface Subject {
  storeId: string;
  customerId: string | null;
  email: string | null;
  conversationIds: string[];
  orderIds: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findSubject(q: Queryable, storeId: string, query: SubjectQuery): Promise<Subject> {
  if (!query.customerId && !query.externalId && !query.email) throw new ParleyError('VALIDATION', 'Give a customerId, externalId or email');
  if (query.customerId && !UUID.test(query.customerId)) throw new ParleyError('VALIDATION', 'customerId must be a UUID');
  const { rows: customers } = await q.query<{ id: string; email: string | null }>(
    `SELECT id, email FROM customers WHERE store_id = $1
       AND (id::text = $2 OR external_id = $3 OR ($4::text IS NOT NULL AND lower(email) = lower($4)))
     ORDER BY created_at LIMIT 2`,
    [storeId, query.customerId ?? null, query.externalId ?? null, query.email ?? null],
  );
  if (customers.length > 1) throw new ParleyError('CONFLICT', 'More than one customer matches; ask by customerId');
  const customer = customers[0];
  if (!customer && !query.email) throw new ParleyError('NOT_FOUND', 'No customer matches in this store');
  const email = (query.email ?? customer?.email ?? null)?.trim().toLowerCase() || null;
  const customerId = customer?.id ?? null;

  const { rows: conversations } = await q.query<{ id: string }>(
    `SELECT id FROM conversations WHERE store_id = $1 AND (customer_id = $2::uuid OR ($3::text IS NOT NULL AND lower(contact_email) = $3))`,
    [storeId, customerId, email],
  );
  const { rows: orders } = await q.query<{ id: string }>(
    `SELECT id FROM orders WHERE store_id = $1 AND (customer_id = $2::uuid OR ($3::text IS NOT NULL AND lower(email) = $3))`,
    [storeId, customerId, email],
  );
  return { storeId, customerId, email, conversationIds: conversations.map((r) => r.id), orderIds: orders.map((r) => r.id) };
}
