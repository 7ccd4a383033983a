/** Shape of a product as written in the catalog data files, before it is expanded into Shopify form. */

export type PriceList = 'EU' | 'US' | 'CA' | 'UK' | 'JP' | 'AU';
export type WarehouseId = 'CN-HGH' | 'NL-RTM' | 'US-EWR';

/** Prices per price list, as numbers in the list's currency (EU, US, CA, UK, JP, AU). */
export type PriceTuple = [eu: number, us: number, ca: number, uk: number, jp: number, au: number];

/** Units per warehouse are drawn from these ranges; 0 at both ends means "not stocked there". */
export type StockProfile = Record<WarehouseId, [number, number]>;

export interface SoldOutSpec {
  /** SKU suffix after the product code, e.g. `MOSS-M`. */
  sku: string;
  restock: string;
  /** true: can still be ordered (backorder, Shopify inventory_policy "continue"). */
  backorder: boolean;
}

export interface ProductSpec {
  /** Internal code and SKU prefix after "HH-", e.g. `NZC-W`. */
  code: string;
  title: string;
  productType: string;
  tags: string[];
  bodyHtml: string;
  /** Option names and values in order; their product gives the variants. Empty = single variant. */
  options: Array<{ name: string; values: string[] }>;
  sizeChartId: string | null;
  fitNote: string | null;
  materials: string;
  care: string;
  weightG: number;
  waterproofMm?: number;
  fillPower?: number;
  prices: PriceTuple;
  /** Original prices of reduced (Last Chance) items. */
  compareAt?: PriceTuple;
  finalSale?: boolean;
  lastChance?: boolean;
  warranty: string;
  stock: StockProfile;
  soldOut?: SoldOutSpec[];
  translations?: Record<string, { title: string; body_html: string }>;
}

export const WARRANTY = {
  footwearBags: '2 years against manufacturing defects (footwear and bags)',
  outerwear: '1 year on zips, seams, snaps and hardware (outerwear)',
  statutory: 'Statutory guarantee (2 years in the EU and UK)',
} as const;

/** Typical stock profiles by where a product is made and who buys it. */
export const STOCK = {
  madeInChina: { 'CN-HGH': [40, 220], 'NL-RTM': [0, 45], 'US-EWR': [0, 35] },
  madeInEurope: { 'CN-HGH': [0, 30], 'NL-RTM': [30, 140], 'US-EWR': [10, 60] },
  everywhere: { 'CN-HGH': [30, 150], 'NL-RTM': [15, 80], 'US-EWR': [10, 60] },
} satisfies Record<string, StockProfile>;
