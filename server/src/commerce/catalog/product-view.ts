/**
 * Presents products with stock per variant (total and per warehouse, backorder, restock date) and the
 * price in the shopper's market (the product's price list for that market, else the base price).
 */
import type { ProductRow, VariantRow } from '../../repositories/catalog.js';
import { money, type Money } from '../orders/money.js';
import { isFinalSale } from './final-sale.js';
import type { Market } from './market.js';

export interface VariantView {
  id: string;
  externalId: string;
  sku: string | null;
  title: string;
  options: string[];
  /** Price in the requested market's currency, or the base price when no market was asked for. */
  price: Money | null;
  basePrice: Money | null;
  compareAtPrice: Money | null;
  /** Units over all warehouses (null when the store does not track stock). */
  available: number | null;
  inStock: boolean;
  /** Can be ordered while sold out (inventory policy "continue"). */
  backorderable: boolean;
  stockByWarehouse: Record<string, number>;
  restockDate: string | null;
}

export interface ProductView {
  id: string;
  externalId: string;
  handle: string;
  title: string;
  productType: string | null;
  vendor: string | null;
  status: string;
  tags: string[];
  sizeChartId: string | null;
  fitNote: string | null;
  finalSale: boolean;
  market: string | null;
  options: Array<{ name: string; values: string[] }>;
  /** Lowest variant price in the market (what "from …" shows). */
  price: Money | null;
  inStock: boolean;
  variants: VariantView[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

export interface ProductViewOptions {
  market: Market | undefined;
  baseCurrency: string;
  finalSaleTags?: readonly string[];
}

/** Market price of the product: prices_by_market is per product, so every variant shares it. */
function marketPrice(product: ProductRow, market: Market | undefined): Money | null {
  if (!market) return null;
  const entry = obj(obj(obj(product.data.x_store).prices_by_market)[market.priceList]);
  return money(text(entry.price), text(entry.currency) ?? market.currency);
}

function variantView(product: ProductRow, v: VariantRow, options: ProductViewOptions, productMarketPrice: Money | null): VariantView {
  const x = obj(product.data.x_store);
  const stock = obj(obj(x.ships_from)[v.sku ?? '']);
  const stockByWarehouse = Object.fromEntries(Object.entries(stock).filter((e): e is [string, number] => typeof e[1] === 'number'));
  const basePrice = money(v.price, options.baseCurrency);
  const backorderable = v.inventory_policy === 'continue';
  return {
    id: v.id,
    externalId: v.external_id,
    sku: v.sku,
    title: v.title,
    options: v.options,
    price: options.market ? productMarketPrice : basePrice,
    basePrice,
    compareAtPrice: money(text(v.data.compare_at_price), options.baseCurrency),
    available: v.inventory_quantity,
    // Untracked stock (null) is always available.
    inStock: v.inventory_quantity === null || v.inventory_quantity > 0,
    backorderable,
    stockByWarehouse,
    restockDate: text(obj(x.restock_date)[v.sku ?? '']),
  };
}

/** Variants in the order the source lists them (database order is arbitrary). */
function inSourceOrder(product: ProductRow, variants: readonly VariantRow[]): VariantRow[] {
  const order = new Map((Array.isArray(product.data.variants) ? product.data.variants : []).map((v, i) => [text(obj(v).id) ?? '', i]));
  return [...variants].sort((a, b) => (order.get(a.external_id) ?? 1e9) - (order.get(b.external_id) ?? 1e9));
}

export function productView(product: ProductRow, variants: readonly VariantRow[], options: ProductViewOptions): ProductView {
  const productMarketPrice = marketPrice(product, options.market);
  const views = inSourceOrder(product, variants).map((v) => variantView(product, v, options, productMarketPrice));
  const prices = views.map((v) => v.price).filter((p): p is Money => p !== null);
  const lowest = prices.reduce<Money | null>((min, p) => (min === null || Number(p.amount) < Number(min.amount) ? p : min), null);
  const x = obj(product.data.x_store);
  const rawOptions = Array.isArray(product.data.options) ? (product.data.options as unknown[]).map(obj) : [];
  return {
    id: product.id,
    externalId: product.external_id,
    handle: product.handle,
    title: product.title,
    productType: product.product_type,
    vendor: product.vendor,
    status: product.status,
    tags: product.tags,
    sizeChartId: product.size_chart_id,
    fitNote: text(x.fit_note),
    finalSale: isFinalSale(product, options.finalSaleTags),
    market: options.market?.code ?? null,
    options: rawOptions.map((o) => ({ name: text(o.name) ?? '', values: Array.isArray(o.values) ? o.values.map(String) : [] })),
    price: lowest,
    inStock: views.some((v) => v.inStock),
    variants: views,
  };
}
