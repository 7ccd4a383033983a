import type { Queryable } from '../db/types.js';
import type { ProductRecord } from '../import/schemas.js';
import { splitTags } from './customers.js';

interface VariantLike {
  id: string | number;
  sku?: string | null;
  title: string;
  price: string;
  option1?: string | null;
  option2?: string | null;
  option3?: string | null;
  inventory_quantity?: number | null;
  inventory_policy?: string | null;
}

/** Creates or updates a product and replaces its variants (variants gone from the source are removed). */
export async function upsertProduct(q: Queryable, storeId: string, p: ProductRecord): Promise<string> {
  return (await applyProductUpdate(q, storeId, p)).id;
}

/** As upsertProduct; `applied` is false when the stored product was newer (out-of-order webhook). */
export async function applyProductUpdate(q: Queryable, storeId: string, p: ProductRecord): Promise<{ id: string; applied: boolean }> {
  const xStore = (p.x_store ?? {}) as { size_chart_id?: string | null };
  const { rows } = await q.query<{ id: string }>(
    `INSERT INTO products (store_id, external_id, handle, title, product_type, vendor, status, tags, size_chart_id, data, source_updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (store_id, external_id) DO UPDATE SET handle = EXCLUDED.handle, title = EXCLUDED.title,
       product_type = EXCLUDED.product_type, vendor = EXCLUDED.vendor, status = EXCLUDED.status, tags = EXCLUDED.tags,
       size_chart_id = EXCLUDED.size_chart_id, data = EXCLUDED.data, source_updated_at = EXCLUDED.source_updated_at, updated_at = now()
     WHERE products.source_updated_at IS NULL OR EXCLUDED.source_updated_at IS NULL OR EXCLUDED.source_updated_at >= products.source_updated_at
     RETURNING id`,
    [storeId, String(p.id), p.handle, p.title, p.product_type ?? null, p.vendor ?? null, p.status ?? 'active', splitTags(p.tags), xStore.size_chart_id ?? null, JSON.stringify(p), p.updated_at ?? null],
  );
  const productPk = rows[0]?.id;
  if (!productPk) {
    // An older update than what we hold: keep ours.
    const existing = await q.query<{ id: string }>('SELECT id FROM products WHERE store_id = $1 AND external_id = $2', [storeId, String(p.id)]);
    return { id: existing.rows[0]!.id, applied: false };
  }
  const variants = p.variants as VariantLike[];
  for (const v of variants) {
    await q.query(
      `INSERT INTO product_variants (store_id, product_pk, external_id, sku, title, options, price, inventory_quantity, inventory_policy, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (store_id, external_id) DO UPDATE SET product_pk = EXCLUDED.product_pk, sku = EXCLUDED.sku, title = EXCLUDED.title,
         options = EXCLUDED.options, price = EXCLUDED.price, inventory_quantity = EXCLUDED.inventory_quantity,
         inventory_policy = EXCLUDED.inventory_policy, data = EXCLUDED.data`,
      [storeId, productPk, String(v.id), v.sku ?? null, v.title, [v.option1, v.option2, v.option3].filter((o): o is string => Boolean(o)), v.price, v.inventory_quantity ?? null, v.inventory_policy ?? null, JSON.stringify(v)],
    );
  }
  await q.query('DELETE FROM product_variants WHERE product_pk = $1 AND NOT (external_id = ANY($2))', [productPk, variants.map((v) => String(v.id))]);
  return { id: productPk, applied: true };
}

export async function upsertSizeChart(q: Queryable, storeId: string, id: string, chart: Record<string, unknown>): Promise<void> {
  await q.query(
    `INSERT INTO size_charts (store_id, id, data) VALUES ($1, $2, $3)
     ON CONFLICT (store_id, id) DO UPDATE SET data = EXCLUDED.data`,
    [storeId, id, JSON.stringify(chart)],
  );
}

export interface ProductRow {
  id: string;
  store_id: string;
  external_id: string;
  handle: string;
  title: string;
  product_type: string | null;
  vendor: string | null;
  status: string;
  tags: string[];
  size_chart_id: string | null;
  data: ProductRecord;
}

export interface VariantRow {
  id: string;
  product_pk: string;
  external_id: string;
  sku: string | null;
  title: string;
  options: string[];
  /** Decimal string in the store's base currency. */
  price: string | null;
  inventory_quantity: number | null;
  inventory_policy: string | null;
  data: Record<string, unknown>;
}

const PRODUCT_COLUMNS = 'id, store_id, external_id, handle, title, product_type, vendor, status, tags, size_chart_id, data';

export async function getProduct(q: Queryable, storeId: string, id: string): Promise<ProductRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await q.query<ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE store_id = $1 AND id = $2`, [storeId, id]);
  return rows[0];
}

export async function getProductByExternalId(q: Queryable, storeId: string, externalId: string): Promise<ProductRow | undefined> {
  const { rows } = await q.query<ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE store_id = $1 AND external_id = $2`, [storeId, externalId]);
  return rows[0];
}

export async function listProductsByIds(q: Queryable, storeId: string, ids: readonly string[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE store_id = $1 AND id = ANY($2)`, [storeId, ids]);
  return rows;
}

export async function listProductsByExternalIds(q: Queryable, storeId: string, externalIds: readonly string[]): Promise<ProductRow[]> {
  if (externalIds.length === 0) return [];
  const { rows } = await q.query<ProductRow>(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE store_id = $1 AND external_id = ANY($2)`, [storeId, externalIds]);
  return rows;
}

/** Products in title order; `status` null lists every status. */
export async function listProducts(q: Queryable, storeId: string, opts: { limit: number; offset: number; status: string | null }): Promise<ProductRow[]> {
  const { rows } = await q.query<ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM products WHERE store_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY title, id LIMIT $3 OFFSET $4`,
    [storeId, opts.status, opts.limit, opts.offset],
  );
  return rows;
}

export async function listVariants(q: Queryable, storeId: string, productPks: readonly string[]): Promise<VariantRow[]> {
  if (productPks.length === 0) return [];
  const { rows } = await q.query<VariantRow>(
    `SELECT id, product_pk, external_id, sku, title, options, price::text AS price, inventory_quantity, inventory_policy, data
     FROM product_variants WHERE store_id = $1 AND product_pk = ANY($2)
     ORDER BY product_pk`,
    [storeId, productPks],
  );
  return rows;
}

export type ProductMatchKind = 'handle' | 'sku' | 'code' | 'title' | 'similar';

export interface ProductMatchRow {
  product_pk: string;
  kind: ProductMatchKind;
  /** The variant an exact SKU match points at. */
  variant_pk: string | null;
  score: number;
}

/**
 * Products matching free text: exact handle, exact or prefix SKU, the store's product code, a title
 * containing the text, then trigram-similar titles. Best matches first; one row per product.
 */
export async function searchProducts(q: Queryable, storeId: string, text: string, limit: number): Promise<ProductMatchRow[]> {
  const needle = text.trim();
  if (!needle) return [];
  const { rows } = await q.query<ProductMatchRow>(
    `WITH hits AS (
       SELECT p.id AS product_pk, 'handle' AS kind, NULL::uuid AS variant_pk, 100::real AS score
         FROM products p WHERE p.store_id = $1 AND lower(p.handle) = lower($2)
       UNION ALL
       SELECT v.product_pk, 'sku', v.id, CASE WHEN upper(v.sku) = upper($2) THEN 95 ELSE 80 END
         FROM product_variants v WHERE v.store_id = $1 AND length($2) >= 3 AND starts_with(upper(v.sku), upper($2))
       UNION ALL
       SELECT p.id, 'code', NULL, 90 FROM products p
         WHERE p.store_id = $1 AND upper(p.data->'x_store'->>'code') = upper($2)
       UNION ALL
       SELECT p.id, 'title', NULL, 60 + 20 * similarity(lower(p.title), lower($2)) FROM products p
         WHERE p.store_id = $1 AND length($2) >= 2 AND strpos(lower(p.title), lower($2)) > 0
       UNION ALL
       SELECT p.id, 'similar', NULL, 50 * word_similarity(lower($2), lower(p.title)) FROM products p
         WHERE p.store_id = $1 AND word_similarity(lower($2), lower(p.title)) >= 0.45
     )
     SELECT DISTINCT ON (product_pk) product_pk, kind, variant_pk, score FROM hits ORDER BY product_pk, score DESC`,
    [storeId, needle],
  );
  return rows.sort((a, b) => b.score - a.score).slice(0, limit);
}

export async function countProducts(q: Queryable, storeId: string): Promise<{ products: number; variants: number }> {
  const { rows } = await q.query<{ products: number; variants: number }>(
    `SELECT (SELECT count(*)::int FROM products WHERE store_id = $1) AS products,
            (SELECT count(*)::int FROM product_variants WHERE store_id = $1) AS variants`,
    [storeId],
  );
  return rows[0] ?? { products: 0, variants: 0 };
}

/** Variants whose external id or SKU is one of `keys` (case-insensitive SKU). */
export async function findVariantsByIdOrSku(q: Queryable, storeId: string, keys: readonly string[]): Promise<VariantRow[]> {
  if (keys.length === 0) return [];
  const { rows } = await q.query<VariantRow>(
    `SELECT id, product_pk, external_id, sku, title, options, price::text AS price, inventory_quantity, inventory_policy, data
     FROM product_variants WHERE store_id = $1 AND (external_id = ANY($2) OR upper(sku) = ANY($3))`,
    [storeId, keys, keys.map((k) => k.toUpperCase())],
  );
  return rows;
}
