/**
 * Expands the catalog specs into products.json: Shopify Admin product subset plus the `x_store`
 * extensions (prices per price list, stock per warehouse, restock dates…). Ids and stock levels come
 * from a seeded generator so the output is stable.
 */
import { CATALOG } from '../data/catalog.js';
import type { PriceList, PriceTuple, ProductSpec, WarehouseId } from '../data/catalog-types.js';
import { createRng, randInt } from '../lib/rng.js';

export const VENDOR = 'Harbor & Hem';
const PRICE_LISTS: PriceList[] = ['EU', 'US', 'CA', 'UK', 'JP', 'AU'];
const CURRENCY: Record<PriceList, string> = { EU: 'EUR', US: 'USD', CA: 'CAD', UK: 'GBP', JP: 'JPY', AU: 'AUD' };
const WAREHOUSES: WarehouseId[] = ['CN-HGH', 'NL-RTM', 'US-EWR'];

export interface BuiltVariant {
  id: number;
  product_id: number;
  sku: string;
  title: string;
  option1: string | null;
  option2: string | null;
  option3: string | null;
  price: string;
  compare_at_price: string | null;
  inventory_quantity: number;
  inventory_policy: 'deny' | 'continue';
  grams: number;
  requires_shipping: boolean;
}

export interface BuiltProduct {
  id: number;
  title: string;
  handle: string;
  body_html: string;
  vendor: string;
  product_type: string;
  status: string;
  tags: string;
  options: Array<{ name: string; position: number; values: string[] }>;
  variants: BuiltVariant[];
  x_store: Record<string, unknown> & { code: string; prices_by_market: Record<string, { currency: string; price: string }> };
}

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const skuToken = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '');

const priceString = (value: number, list: PriceList): string => (list === 'JP' ? String(value) : value.toFixed(2));

function byMarket(prices: PriceTuple): Record<string, { currency: string; price: string }> {
  return Object.fromEntries(PRICE_LISTS.map((list, i) => [list, { currency: CURRENCY[list], price: priceString(prices[i] ?? 0, list) }]));
}

/** All combinations of the option values, in Shopify's order (first option varies slowest). */
function combinations(options: ProductSpec['options']): string[][] {
  return options.reduce<string[][]>((acc, opt) => acc.flatMap((prefix) => opt.values.map((v) => [...prefix, v])), [[]]);
}

function skuFor(spec: ProductSpec, values: string[]): string {
  const numericLength = spec.options.some((o) => o.name === 'Length' && o.values.every((v) => /^\d+$/.test(v)));
  const parts = values.map((v, i) => {
    const name = spec.options[i]?.name;
    if (numericLength && name === 'Waist') return `W${v}`;
    if (numericLength && name === 'Length') return `L${v}`;
    return skuToken(v);
  });
  return ['HH', spec.code, ...parts].join('-');
}

function buildProduct(spec: ProductSpec, index: number): BuiltProduct {
  const rng = createRng(`product:${spec.code}`);
  const productId = 9204715330000 + index * 1871 + randInt(rng, 0, 900);
  const soldOut = new Map((spec.soldOut ?? []).map((s) => [`HH-${spec.code}-${s.sku}`, s]));
  const combos = spec.options.length ? combinations(spec.options) : [['Default Title']];
  const shipsFrom: Record<string, Record<WarehouseId, number>> = {};
  const restock: Record<string, string> = {};

  const variants = combos.map((values, i): BuiltVariant => {
    const sku = spec.options.length ? skuFor(spec, values) : `HH-${spec.code}`;
    const out = soldOut.get(sku);
    const stock = {} as Record<WarehouseId, number>;
    for (const wh of WAREHOUSES) {
      const [min, max] = spec.stock[wh];
      const zero = out !== undefined || max === 0 || (min === 0 && rng() < 0.25);
      stock[wh] = zero ? 0 : randInt(rng, Math.max(min, 1), max);
    }
    shipsFrom[sku] = stock;
    if (out) restock[sku] = out.restock;
    return {
      id: 48231900000000 + index * 9173 + i * 37 + randInt(rng, 0, 30),
      product_id: productId,
      sku,
      title: values.join(' / '),
      option1: values[0] ?? null,
      option2: values[1] ?? null,
      option3: values[2] ?? null,
      price: spec.prices[0].toFixed(2),
      compare_at_price: spec.compareAt ? spec.compareAt[0].toFixed(2) : null,
      inventory_quantity: WAREHOUSES.reduce((sum, wh) => sum + stock[wh], 0),
      inventory_policy: out?.backorder ? 'continue' : 'deny',
      grams: spec.weightG,
      requires_shipping: true,
    };
  });

  for (const s of soldOut.keys()) if (!shipsFrom[s]) throw new Error(`${spec.code}: sold-out SKU ${s} is not a variant`);

  return {
    id: productId,
    title: spec.title,
    handle: slug(spec.title),
    body_html: spec.bodyHtml,
    vendor: VENDOR,
    product_type: spec.productType,
    status: 'active',
    tags: spec.tags.join(', '),
    options: spec.options.length
      ? spec.options.map((o, i) => ({ name: o.name, position: i + 1, values: o.values }))
      : [{ name: 'Title', position: 1, values: ['Default Title'] }],
    variants,
    x_store: {
      code: spec.code,
      size_chart_id: spec.sizeChartId,
      fit_note: spec.fitNote,
      materials: spec.materials,
      care: spec.care,
      waterproof_mm: spec.waterproofMm ?? null,
      fill_power: spec.fillPower ?? null,
      weight_g: spec.weightG,
      ships_from: shipsFrom,
      prices_by_market: byMarket(spec.prices),
      compare_at_by_market: spec.compareAt ? byMarket(spec.compareAt) : null,
      restock_date: restock,
      final_sale: spec.finalSale ?? false,
      last_chance: spec.lastChance ?? false,
      clearance: spec.lastChance ?? false,
      warranty: spec.warranty,
      translations: spec.translations ?? {},
    },
  };
}

export function buildProducts(): BuiltProduct[] {
  return CATALOG.map(buildProduct);
}

export interface VariantRef {
  product: BuiltProduct;
  variant: BuiltVariant;
}

/** SKU → product and variant, for the order builder. */
export function indexBySku(products: BuiltProduct[]): Map<string, VariantRef> {
  const index = new Map<string, VariantRef>();
  for (const product of products) for (const variant of product.variants) index.set(variant.sku, { product, variant });
  return index;
}
