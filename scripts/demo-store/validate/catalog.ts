/** Products and size charts: ids, SKUs, option combinations, prices per price list, stock, charts. */
import type { Json, Problems, StoreFiles } from './context.js';

const round1 = (x: number): number => Math.round(x * 10) / 10;
const WAREHOUSES = ['CN-HGH', 'NL-RTM', 'US-EWR'];

export function checkProducts(files: StoreFiles, problems: Problems): void {
  const f = 'products.json';
  const productIds = new Set<number>();
  const variantIds = new Set<number>();
  const skus = new Set<string>();
  const priceLists = files.store.price_lists as unknown as Record<string, string>;
  for (const p of files.products) {
    const at = `${p.title}`;
    problems.check(!productIds.has(p.id), f, at, `duplicate product id ${p.id}`);
    productIds.add(p.id);
    const x = p.x_store as Json;
    problems.check(Array.isArray(p.variants) && p.variants.length > 0, f, at, 'has no variants');
    for (const [list, currency] of Object.entries(priceLists)) {
      const price = x.prices_by_market?.[list];
      problems.check(price?.currency === currency && /^\d+(\.\d{2})?$/.test(String(price?.price)), f, at, `price list ${list} missing or not in ${currency}`);
    }
    problems.check(x.size_chart_id === null || x.size_chart_id in files.sizeCharts, f, at, `unknown size chart ${x.size_chart_id}`);
    problems.check(!(p.tags as string).includes('final-sale') || x.final_sale === true, f, at, 'tagged final-sale but x_store.final_sale is false');
    problems.check(x.last_chance !== true || x.final_sale === true, f, at, 'Last Chance items are final sale');
    for (const loc of Object.keys(x.translations ?? {})) problems.check(files.store.locales.includes(loc), f, at, `translation locale ${loc} is not a store locale`);
    const optionNames = (p.options as Json[]).map((o) => o.name);
    for (const v of p.variants as Json[]) {
      const where = `${at} / ${v.sku}`;
      problems.check(!variantIds.has(v.id) && v.product_id === p.id, f, where, 'duplicate variant id or wrong product_id');
      variantIds.add(v.id);
      problems.check(!skus.has(v.sku), f, where, 'duplicate SKU');
      skus.add(v.sku);
      problems.check(String(v.sku).startsWith(`HH-${x.code}`), f, where, `SKU must start with HH-${x.code}`);
      const values = [v.option1, v.option2, v.option3].filter((o) => o !== null);
      problems.check(values.length === optionNames.length && v.title === values.join(' / '), f, where, 'title must be the option values joined by " / "');
      values.forEach((val, i) => problems.check((p.options[i]?.values ?? []).includes(val), f, where, `option value ${val} not listed`));
      problems.check(v.price === x.prices_by_market?.EU?.price, f, where, 'variant price must equal the EU price (base currency EUR)');
      const stock = x.ships_from?.[v.sku] as Record<string, number> | undefined;
      problems.check(stock !== undefined && WAREHOUSES.every((w) => Number.isInteger(stock[w]) && (stock[w] ?? -1) >= 0), f, where, 'ships_from needs a stock level per warehouse');
      const total = stock ? Object.values(stock).reduce((s, n) => s + n, 0) : -1;
      problems.check(total === v.inventory_quantity, f, where, `inventory_quantity ${v.inventory_quantity} ≠ sum of ships_from ${total}`);
      const restock = x.restock_date?.[v.sku];
      problems.check(restock === undefined || total === 0, f, where, 'restock_date given for a variant in stock');
      problems.check(restock === undefined || restock > files.store.eval_now.slice(0, 10), f, where, 'restock_date must lie after eval_now');
      problems.check(v.inventory_policy === 'deny' || (v.inventory_policy === 'continue' && restock !== undefined), f, where, 'backorderable variants need a restock date');
    }
    const combos = (p.options as Json[]).reduce((n: number, o: Json) => n * o.values.length, 1);
    problems.check(combos === p.variants.length, f, at, `${p.variants.length} variants for ${combos} option combinations`);
  }
}

export function checkSizeCharts(files: StoreFiles, problems: Problems): void {
  const f = 'size-charts.json';
  for (const [key, chart] of Object.entries(files.sizeCharts)) {
    problems.check(chart.id === key, f, key, 'id must equal its key');
    for (const [i, row] of (chart.rows as Json[]).entries()) {
      const where = `${key}.rows[${i}]`;
      for (const m of (chart.measurements as string[] | undefined) ?? []) {
        const r = row[m] as { cm: number[]; in: number[] } | undefined;
        problems.check(r !== undefined && r.cm.length === 2 && (r.cm[0] ?? 0) <= (r.cm[1] ?? 0), f, `${where}.${m}`, 'needs a cm range [min, max]');
        r?.cm.forEach((cm, j) => problems.check(r.in[j] === round1(cm / 2.54), f, `${where}.${m}.in[${j}]`, `should be ${round1(cm / 2.54)}`));
      }
      if (row.foot_length_mm !== undefined) {
        problems.check(row.foot_length_in === round1(row.foot_length_mm / 25.4), f, where, 'foot_length_in must be foot_length_mm / 25.4');
        const prev = (chart.rows as Json[])[i - 1];
        problems.check(!prev || prev.foot_length_mm < row.foot_length_mm, f, where, 'rows must grow in foot length');
      }
    }
    if (chart.label_conversions) {
      const sizes = (chart.rows as Json[]).map((r) => r.size);
      problems.check(JSON.stringify((chart.label_conversions as Json[]).map((l) => l.size)) === JSON.stringify(sizes), f, key, 'label_conversions must list the same sizes as rows');
    }
  }
  const needed = ['womens-tops', 'mens-tops', 'womens-bottoms', 'mens-jeans', 'womens-shoes', 'mens-shoes'];
  for (const id of needed) problems.check(id in files.sizeCharts, f, id, 'chart is missing');
  problems.check(Object.values(files.sizeCharts).some((c) => (c.measurements as string[] | undefined)?.includes('height')), f, '', 'no chart gives height ranges');
}
