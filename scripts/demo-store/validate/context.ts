/** Loads a store directory for validation and collects problems. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreConfig } from '../build/store-config.js';

export interface Issue {
  file: string;
  where: string;
  message: string;
}

/** Loosely typed JSON records: the validator checks shapes field by field. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface StoreFiles {
  dir: string;
  store: StoreConfig;
  products: Json[];
  sizeCharts: Record<string, Json>;
  customers: Json[];
  orders: Json[];
  tracking: Json[];
  returns: Json[];
  nowMs: number;
}

export class Problems {
  readonly list: Issue[] = [];
  add(file: string, where: string, message: string): void {
    this.list.push({ file, where, message });
  }
  /** Records a problem when `ok` is false. */
  check(ok: boolean, file: string, where: string, message: string): void {
    if (!ok) this.add(file, where, message);
  }
}

export function loadStoreFiles(dir: string, problems: Problems): StoreFiles | null {
  const read = (name: string): unknown => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.add(name, '', 'is missing');
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      problems.add(name, '', `is not valid JSON: ${(err as Error).message}`);
      return undefined;
    }
  };
  const store = read('store.json') as StoreConfig | undefined;
  const files = {
    products: read('products.json'),
    sizeCharts: read('size-charts.json'),
    customers: read('customers.json'),
    orders: read('orders.json'),
    tracking: read('tracking.json'),
    returns: read('returns.json'),
  };
  if (!store || Object.values(files).some((v) => v === undefined)) return null;
  const nowMs = Date.parse(store.eval_now);
  if (Number.isNaN(nowMs)) {
    problems.add('store.json', 'eval_now', 'is not an ISO instant');
    return null;
  }
  return {
    dir,
    store,
    products: files.products as Json[],
    sizeCharts: files.sizeCharts as Record<string, Json>,
    customers: files.customers as Json[],
    orders: files.orders as Json[],
    tracking: files.tracking as Json[],
    returns: files.returns as Json[],
    nowMs,
  };
}

/** True when `value` is an ISO 8601 timestamp with an explicit offset. */
export const isOffsetIso = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/.test(value);
