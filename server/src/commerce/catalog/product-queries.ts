/** Product reads for the query API: lists, one product, and lookup by handle / title / SKU / code text. */
import type { Queryable } from '../../db/types.js';
import { getProduct, listProducts, listProductsByIds, listVariants, searchProducts, type ProductMatchKind, type ProductRow } from '../../repositories/catalog.js';
import type { StoreRow } from '../../repositories/stores.js';
import { orderActionPolicy } from '../actions/store-policy.js';
import { baseCurrency, resolveMarket } from './market.js';
import { productView, type ProductView } from './product-view.js';

export interface ProductMatch {
  product: ProductView;
  matchedBy: ProductMatchKind;
  /** The variant an exact SKU pointed at. */
  variantId: string | null;
}

/** Views of these products with their variants, in the given order. */
export async function productViews(q: Queryable, store: StoreRow, products: readonly ProductRow[], market: string | null | undefined): Promise<ProductView[]> {
  const variants = await listVariants(q, store.id, products.map((p) => p.id));
  const options = {
    market: resolveMarket(store.profile, market),
    baseCurrency: baseCurrency(store.profile),
    finalSaleTags: orderActionPolicy(store).finalSaleTags,
  };
  return products.map((p) => productView(p, variants.filter((v) => v.product_pk === p.id), options));
}

export async function listProductViews(q: Queryable, store: StoreRow, opts: { market?: string | null; limit: number; offset: number; includeInactive?: boolean }): Promise<ProductView[]> {
  const products = await listProducts(q, store.id, { limit: opts.limit, offset: opts.offset, status: opts.includeInactive ? null : 'active' });
  return productViews(q, store, products, opts.market);
}

export async function getProductView(q: Queryable, store: StoreRow, productId: string, market?: string | null): Promise<ProductView | undefined> {
  const product = await getProduct(q, store.id, productId);
  return product ? (await productViews(q, store, [product], market))[0] : undefined;
}

/** Products for free text, best first: handle, SKU, product code, title, similar title. */
export async function findProductViews(q: Queryable, store: StoreRow, text: string, opts: { market?: string | null; limit: number }): Promise<ProductMatch[]> {
  const matches = await searchProducts(q, store.id, text, opts.limit);
  const products = await listProductsByIds(q, store.id, matches.map((m) => m.product_pk));
  const ordered = matches.map((m) => products.find((p) => p.id === m.product_pk)).filter((p): p is ProductRow => p !== undefined);
  const views = await productViews(q, store, ordered, opts.market);
  return matches.flatMap((m) => {
    const product = views.find((v) => v.id === m.product_pk);
    return product ? [{ product, matchedBy: m.kind, variantId: m.variant_pk }] : [];
  });
}
