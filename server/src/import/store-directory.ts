/**
 * Reads and validates a store directory (store.json, knowledge/<locale>/*.md, products.json,
 * size-charts.json, customers.json, orders.json, tracking.json, returns.json). Collects every problem
 * with its file and field instead of stopping at the first, so a store owner can fix them in one go.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { parseFrontMatter } from './front-matter.js';
import {
  ArticleFrontMatter,
  CustomersFile,
  OrdersFile,
  ProductsFile,
  ReturnsFile,
  SizeChartsFile,
  StoreFile,
  TrackingFile,
  type CustomerRecord,
  type OrderRecord,
  type ProductRecord,
  type ReturnRecord,
  type TrackingRecord,
} from './schemas.js';

export interface ImportProblem {
  file: string;
  field: string;
  message: string;
}

export class StoreDirectoryError extends Error {
  constructor(public readonly problems: ImportProblem[]) {
    super(
      `The store directory has ${problems.length} problem(s):\n` +
        problems.slice(0, 20).map((p) => `  ${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`).join('\n') +
        (problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''),
    );
    this.name = 'StoreDirectoryError';
  }
}

export interface ArticleFile {
  articleId: string;
  locale: string;
  slug: string;
  title: string;
  tags: string[];
  updatedAt: string | undefined;
  body: string;
  file: string;
}

export interface StoreBundle {
  dir: string;
  store: StoreFile;
  articles: ArticleFile[];
  products: ProductRecord[];
  sizeCharts: Record<string, Record<string, unknown>>;
  customers: CustomerRecord[];
  orders: OrderRecord[];
  tracking: TrackingRecord[];
  returns: ReturnRecord[];
}

const MAX_ARTICLE_BYTES = 512 * 1024;

export function readStoreDirectory(dir: string): StoreBundle {
  const problems: ImportProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new StoreDirectoryError([{ file: dir, field: '', message: 'is not a directory' }]);
  }

  function readJson<T>(name: string, schema: TSchema, required: boolean, fallback: T): T {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (required) problems.push({ file: name, field: '', message: 'is missing' });
      return fallback;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.push({ file: name, field: '', message: `is not valid JSON (${(err as Error).message})` });
      return fallback;
    }
    const errors = [...Value.Errors(schema, data)].slice(0, 10);
    for (const e of errors) problems.push({ file: name, field: e.instancePath || '/', message: e.message });
    return errors.length ? fallback : (data as T);
  }

  const store = readJson<StoreFile | undefined>('store.json', StoreFile, true, undefined);
  const products = readJson<ProductRecord[]>('products.json', ProductsFile, false, []);
  const sizeCharts = readJson<Record<string, Record<string, unknown>>>('size-charts.json', SizeChartsFile, false, {});
  const customers = readJson<CustomerRecord[]>('customers.json', CustomersFile, false, []);
  const orders = readJson<OrderRecord[]>('orders.json', OrdersFile, false, []);
  const tracking = readJson<TrackingRecord[]>('tracking.json', TrackingFile, false, []);
  const returns = readJson<ReturnRecord[]>('returns.json', ReturnsFile, false, []);
  const articles = readArticles(dir, store, problems);

  checkDuplicates(problems, 'products.json', products.map((p) => String(p.id)));
  checkDuplicates(problems, 'customers.json', customers.map((c) => String(c.id)));
  checkDuplicates(problems, 'orders.json', orders.map((o) => String(o.id)));
  checkDuplicates(problems, 'tracking.json', tracking.map((t) => t.tracking_number));
  checkDuplicates(problems, 'returns.json', returns.map((r) => r.id));
  const orderIds = new Set(orders.map((o) => String(o.id)));
  tracking.forEach((t, i) => {
    if (t.order_id !== undefined && t.order_id !== null && !orderIds.has(String(t.order_id))) {
      problems.push({ file: 'tracking.json', field: `/${i}/order_id`, message: `refers to unknown order ${t.order_id}` });
    }
  });
  returns.forEach((r, i) => {
    if (!orderIds.has(String(r.order_id))) problems.push({ file: 'returns.json', field: `/${i}/order_id`, message: `refers to unknown order ${r.order_id}` });
  });

  if (problems.length || !store) throw new StoreDirectoryError(problems);
  return { dir, store, articles, products, sizeCharts, customers, orders, tracking, returns };
}

function checkDuplicates(problems: ImportProblem[], file: string, ids: string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push({ file, field: `/${i}/id`, message: `duplicate id ${id}` });
    seen.add(id);
  });
}

function readArticles(dir: string, store: StoreFile | undefined, problems: ImportProblem[]): ArticleFile[] {
  const root = join(dir, 'knowledge');
  if (!existsSync(root)) return [];
  const articles: ArticleFile[] = [];
  const seen = new Map<string, string>();
  for (const locale of readdirSync(root).sort()) {
    const localeDir = join(root, locale);
    if (!statSync(localeDir).isDirectory()) continue;
    if (store && !store.locales.includes(locale)) {
      problems.push({ file: relative(dir, localeDir), field: '', message: `locale "${locale}" is not listed in store.json locales` });
      continue;
    }
    for (const name of readdirSync(localeDir).sort()) {
      if (!name.endsWith('.md')) continue;
      const path = join(localeDir, name);
      const file = relative(dir, path);
      const size = statSync(path).size;
      if (size > MAX_ARTICLE_BYTES) {
        problems.push({ file, field: '', message: `is ${size} bytes; articles are limited to ${MAX_ARTICLE_BYTES}` });
        continue;
      }
      let doc;
      try {
        doc = parseFrontMatter(readFileSync(path, 'utf8'));
      } catch (err) {
        problems.push({ file, field: 'front matter', message: (err as Error).message });
        continue;
      }
      const errors = [...Value.Errors(ArticleFrontMatter, doc.attributes)];
      if (errors.length) {
        for (const e of errors.slice(0, 5)) problems.push({ file, field: `front matter ${e.instancePath || '/'}`, message: e.message });
        continue;
      }
      const fm = doc.attributes as ArticleFrontMatter;
      if (fm.locale !== locale) problems.push({ file, field: 'front matter /locale', message: `is "${fm.locale}" but the file is in knowledge/${locale}/` });
      if (!doc.body) problems.push({ file, field: 'body', message: 'is empty' });
      const key = `${fm.id}/${locale}`;
      if (seen.has(key)) problems.push({ file, field: 'front matter /id', message: `duplicate article id "${fm.id}" for locale ${locale} (also in ${seen.get(key)})` });
      seen.set(key, file);
      articles.push({
        articleId: fm.id,
        locale,
        slug: name.replace(/\.md$/, ''),
        title: fm.title,
        tags: fm.tags ?? [],
        updatedAt: fm.updated_at,
        body: doc.body,
        file,
      });
    }
  }
  return articles;
}
