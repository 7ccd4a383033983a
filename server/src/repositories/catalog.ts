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
    return existing.rows[0]!.id;
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
  return productPk;
}

export async function upsertSizeChart(q: Queryable, storeId: string, id: string, chart: Record<string, unknown>): Promise<void> {
  await q.query(
    `INSERT INTO size_charts (store_id, id, data) VALUES ($1, $2, $3)
     ON CONFLICT (store_id, id) DO UPDATE SET data = EXCLUDED.data`,
    [storeId, id, JSON.stringify(chart)],
  );
}
