/**
 * Imports a validated store directory in one transaction: either everything lands or nothing does.
 * Re-importing updates rows in place (keyed by the source ids), so it never duplicates.
 */
import type { Db } from '../db/types.js';
import { upsertStore } from '../repositories/stores.js';
import { upsertCustomer } from '../repositories/customers.js';
import { upsertProduct, upsertSizeChart } from '../repositories/catalog.js';
import { upsertOrder } from '../repositories/orders.js';
import { shipmentFromTrackingRecord, upsertShipment } from '../repositories/shipments.js';
import { upsertReturn } from '../repositories/returns.js';
import { deleteImportedArticlesExcept, upsertArticle } from '../repositories/articles.js';
import { statusFromTrackingTag } from './tracking-status.js';
import type { StoreBundle } from './store-directory.js';

export interface ImportSummary {
  storeId: string;
  articles: { total: number; changed: number; removed: number };
  /** Article row ids whose content changed and must be (re)indexed. */
  changedArticleIds: string[];
  products: number;
  sizeCharts: number;
  customers: number;
  orders: number;
  shipments: number;
  returns: number;
}

export async function importStore(db: Db, bundle: StoreBundle): Promise<ImportSummary> {
  const storeId = bundle.store.id;
  return db.transaction(async (tx) => {
    await upsertStore(tx, bundle.store);

    const changedArticleIds: string[] = [];
    for (const a of bundle.articles) {
      const result = await upsertArticle(tx, storeId, { ...a, format: 'markdown', source: 'import' });
      if (result.changed) changedArticleIds.push(result.id);
    }
    const removed = await deleteImportedArticlesExcept(tx, storeId, bundle.articles);

    for (const [id, chart] of Object.entries(bundle.sizeCharts)) await upsertSizeChart(tx, storeId, id, chart);
    for (const p of bundle.products) await upsertProduct(tx, storeId, p);
    for (const c of bundle.customers) await upsertCustomer(tx, storeId, c);

    const orderPks = new Map<string, string>();
    for (const o of bundle.orders) orderPks.set(String(o.id), (await upsertOrder(tx, storeId, o)).id);
    for (const t of bundle.tracking) {
      const orderPk = t.order_id !== undefined && t.order_id !== null ? orderPks.get(String(t.order_id)) ?? null : null;
      await upsertShipment(tx, storeId, shipmentFromTrackingRecord(t, orderPk, statusFromTrackingTag));
    }
    for (const r of bundle.returns) await upsertReturn(tx, storeId, r, orderPks.get(String(r.order_id)) ?? null);

    return {
      storeId,
      articles: { total: bundle.articles.length, changed: changedArticleIds.length, removed },
      changedArticleIds,
      products: bundle.products.length,
      sizeCharts: Object.keys(bundle.sizeCharts).length,
      customers: bundle.customers.length,
      orders: bundle.orders.length,
      shipments: bundle.tracking.length,
      returns: bundle.returns.length,
    };
  });
}
