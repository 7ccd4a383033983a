/**
 * Generates realistic support history on the demo store (or --store ID) so the reports and the
 * knowledge-gap page have something to show: `npx tsx scripts/seed-history.ts [--days 90]
 * [--per-day 40] [--seed 7] [--customers 400] [--store ID]`. Uses the configured database (stop a
 * server that uses the same embedded data directory first); imports the demo store when there is
 * none. Re-running replaces the previously generated history.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config.js';
import { buildApp } from '../server/src/app.js';
import { bootstrapDemo } from '../server/src/bootstrap.js';
import { getStore, listStores } from '../server/src/repositories/stores.js';
import { seedHistory } from '../server/src/insights/history/seed-history.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'seed-history'),
  options: {
    store: { type: 'string' },
    days: { type: 'string', default: '90' },
    'per-day': { type: 'string', default: '40' },
    seed: { type: 'string', default: '7' },
    customers: { type: 'string', default: '400' },
  },
});

const positive = (name: string, value: string | undefined, max: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return n;
};

const config = loadConfig(process.env, { logLevel: 'warn' });
const app = await buildApp(config, { logger: false });
try {
  await bootstrapDemo(app);
  const storeId = values.store ?? (await listStores(app.db))[0]?.id;
  const store = storeId ? await getStore(app.db, storeId) : undefined;
  if (!store) throw new Error(storeId ? `unknown store "${storeId}"` : 'no store: set PARLEY_DEMO_STORE or import one first');
  const days = positive('days', values.days, 400);
  const started = Date.now();
  const totals = await seedHistory(app.db, store, {
    days,
    conversationsPerDay: positive('per-day', values['per-day'], 20000),
    seed: positive('seed', values.seed, 2 ** 31),
    customers: Number(values.customers),
    onDay: (day, t) => process.stdout.write(`\r${day}: ${t.conversations} conversations, ${t.messages} messages`),
  });
  console.log(`\nSeeded ${store.name} (${store.id}) with ${days} days of history in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  console.log(`  ${totals.conversations} conversations, ${totals.messages} messages, ${totals.turns} assistant turns, ${totals.ratings} ratings, ${totals.compensation} compensation decisions`);
} finally {
  await app.close();
}
