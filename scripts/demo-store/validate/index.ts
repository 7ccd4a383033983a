/**
 * validateStore: every consistency rule of the demo store in one call. Used by the CLI
 * (scripts/demo-store/validate.ts) and by test/unit/demo-store.
 */
import { checkArticles, readArticles } from './articles.js';
import { checkProducts, checkSizeCharts } from './catalog.js';
import { loadStoreFiles, Problems, type Issue } from './context.js';
import { checkCustomers, checkOrders } from './orders.js';
import { checkQueries } from './queries.js';
import { checkReturns } from './returns.js';
import { checkTracking } from './tracking.js';

export type { Issue } from './context.js';

export function validateStore(dir: string): Issue[] {
  const problems = new Problems();
  const files = loadStoreFiles(dir, problems);
  if (!files) return problems.list;
  checkArticles(files, problems);
  checkProducts(files, problems);
  checkSizeCharts(files, problems);
  checkCustomers(files, problems);
  checkOrders(files, problems);
  checkTracking(files, problems);
  checkReturns(files, problems);
  return problems.list;
}

/** Checks the labelled retrieval queries against the articles of the store in `storeDir`. */
export function validateQueriesFile(queriesFile: string, storeDir: string): Issue[] {
  const problems = new Problems();
  checkQueries(queriesFile, readArticles(storeDir, problems), problems);
  return problems.list;
}
