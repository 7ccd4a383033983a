/**
 * Fills a store with generated history (scripts/seed-history.ts, the reports benchmark, the browser
 * test): a small team of agents, customers across the store's markets, and conversations over the
 * last N days. Everything it creates is marked (state.seeded, `seed-` ids) so a re-run replaces it.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/types.js';
import type { StoreRow } from '../../repositories/stores.js';
import { hashPassword } from '../../auth/passwords.js';
import { addMembership, createAgent, findAgentByEmail } from '../../auth/agents-repository.js';
import { storeHours } from '../../inbox/inbox-settings.js';
import { storeMarkets } from '../reports/report-scope.js';
import type { OrderRow } from '../../repositories/orders.js';
import { remedyOptions } from '../compensation/decisions.js';
import { HistoryGenerator, type HistoryAgent, type HistoryCustomer } from './generate-history.js';
import { insertHistory } from './insert-history.js';
import { HISTORY_LOCALES, type HistoryLocale } from './phrases.js';
import { Random } from './random.js';
import { randomShopper } from './shoppers.js';

export interface SeedOptions {
  days?: number;
  conversationsPerDay?: number;
  seed?: number;
  /** Generated customers on top of the store's own (default 400). */
  customers?: number;
  /** Last instant of the history (default now). */
  end?: Date;
  /** Called after each day is written. */
  onDay?: (day: string, totals: SeedTotals) => void;
}

export interface SeedTotals {
  conversations: number;
  messages: number;
  turns: number;
  ratings: number;
  compensation: number;
}

const TEAM = [
  { first: 'sanne', name: 'Sanne de Vries', languages: ['en', 'nl', 'de'] },
  { first: 'lucas', name: 'Lucas Martin', languages: ['fr', 'en', 'es', 'it'] },
  { first: 'ines', name: 'Inês Costa', languages: ['pt', 'es', 'en'] },
  { first: 'mei', name: 'Mei Chen', languages: ['zh-CN', 'en', 'ja'] },
  { first: 'yuki', name: 'Yuki Tanaka', languages: ['ja', 'en'] },
];

const SEED_NOTE = 'Generated history';

/** Removes earlier generated history (conversations cascade to messages, turns and ratings). */
export async function removeSeededHistory(db: Db, storeId: string): Promise<number> {
  await db.query(`DELETE FROM compensation_decisions WHERE store_id = $1 AND note = $2`, [storeId, SEED_NOTE]);
  const { affectedRows } = await db.query(`DELETE FROM conversations WHERE store_id = $1 AND state->>'seeded' = 'true'`, [storeId]);
  return affectedRows;
}

/** Compensation decisions on the store's orders, spread over the period, priced by the store's policy. */
async function seedCompensation(db: Db, store: StoreRow, agents: readonly HistoryAgent[], random: Random, end: Date, days: number): Promise<number> {
  const { rows: orders } = await db.query<OrderRow>('SELECT * FROM orders WHERE store_id = $1', [store.id]);
  if (orders.length === 0 || agents.length === 0) return 0;
  const count = Math.min(200, Math.round(days * 0.6));
  const weights = { late: 40, lost: 15, damaged: 30, wrong_item: 15 } as const;
  let written = 0;
  for (let i = 0; i < count; i++) {
    const order = random.pick(orders);
    const problem = random.weighted(weights);
    const suggestion = random.pick(remedyOptions(store, order)[problem]);
    const approved = random.chance(0.85);
    const decidedAt = new Date(end.getTime() - random.next() * days * 86_400_000);
    await db.query(
      `INSERT INTO compensation_decisions (store_id, order_pk, problem, remedy, status, amount, currency, cost, within_policy, suggestions, decided_by, note, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, '[]', $9, $10, $11)`,
      [store.id, order.id, problem, suggestion.remedy, approved ? 'approved' : 'rejected', suggestion.amount, suggestion.currency,
        approved ? suggestion.estimatedCost : '0', random.pick(agents).id, SEED_NOTE, decidedAt],
    );
    written++;
  }
  return written;
}

async function seedAgents(db: Db, store: StoreRow): Promise<HistoryAgent[]> {
  const agents: HistoryAgent[] = [];
  for (const member of TEAM) {
    const email = `${member.first}@${store.id}.seed.parley.demo`;
    let agent = await findAgentByEmail(db, email);
    if (!agent) {
      // Nobody signs in as these people; the password only has to be unguessable.
      agent = await createAgent(db, { email, name: member.name, passwordHash: await hashPassword(randomBytes(18).toString('base64url')), languages: member.languages });
      await addMembership(db, store.id, agent.id, 'agent');
    }
    agents.push({ id: agent.id, name: member.name, languages: member.languages });
  }
  return agents;
}

async function seedCustomers(db: Db, store: StoreRow, count: number, random: Random): Promise<HistoryCustomer[]> {
  const marketByCountry = new Map(storeMarkets(store.profile).map((m) => [m.country, m.market]));
  const markets = [...new Set(marketByCountry.values())];
  const generated = Array.from({ length: count }, (_, i) => ({ externalId: `seed-c-${i + 1}`, ...randomShopper(random, markets) }));
  if (generated.length) {
    await db.query(
      `INSERT INTO customers (store_id, external_id, email, locale, country_code, timezone, data)
       SELECT $1, external_id, external_id || '@example.com', locale, country, zone, jsonb_build_object('seeded', true)
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(external_id, locale, country, zone)
       ON CONFLICT (store_id, external_id) DO UPDATE SET locale = EXCLUDED.locale, country_code = EXCLUDED.country_code, timezone = EXCLUDED.timezone`,
      [store.id, generated.map((g) => g.externalId), generated.map((g) => g.locale), generated.map((g) => g.country), generated.map((g) => g.timeZone)],
    );
  }
  const { rows } = await db.query<{ id: string; locale: string | null; country_code: string | null; timezone: string | null }>(
    'SELECT id, locale, country_code, timezone FROM customers WHERE store_id = $1',
    [store.id],
  );
  const locales = new Set<string>(HISTORY_LOCALES);
  return rows
    .filter((c) => c.country_code && c.timezone && c.locale && locales.has(c.locale) && marketByCountry.has(c.country_code.toUpperCase()))
    .map((c) => ({
      id: c.id,
      market: marketByCountry.get(c.country_code!.toUpperCase())!,
      country: c.country_code!.toUpperCase(),
      locale: c.locale as HistoryLocale,
      timeZone: c.timezone!,
    }));
}

export async function seedHistory(db: Db, store: StoreRow, options: SeedOptions = {}): Promise<SeedTotals> {
  const seed = options.seed ?? 7;
  const random = new Random(seed * 7919);
  await removeSeededHistory(db, store.id);
  const agents = await seedAgents(db, store);
  const customers = await seedCustomers(db, store, options.customers ?? 400, random);
  const { rows: orders } = await db.query<{ name: string }>('SELECT name FROM orders WHERE store_id = $1 ORDER BY placed_at DESC LIMIT 200', [store.id]);
  const { hours, holidays } = storeHours(store);
  const generator = new HistoryGenerator({
    storeId: store.id,
    storeTimeZone: store.timezone,
    end: options.end ?? new Date(),
    days: options.days ?? 90,
    conversationsPerDay: options.conversationsPerDay ?? 40,
    seed,
    markets: storeMarkets(store.profile).map((m) => m.market),
    agents,
    customers,
    orderNames: orders.map((o) => o.name),
    hours: { teams: hours.teams, holidays },
  });
  const totals: SeedTotals = { conversations: 0, messages: 0, turns: 0, ratings: 0, compensation: 0 };
  for (const { day, history } of generator.days()) {
    await db.transaction((tx) => insertHistory(tx, history));
    totals.conversations += history.conversations?.length ?? 0;
    totals.messages += history.messages?.length ?? 0;
    totals.turns += history.turns?.length ?? 0;
    totals.ratings += history.ratings?.length ?? 0;
    options.onDay?.(day, totals);
  }
  totals.compensation = await seedCompensation(db, store, agents, random, options.end ?? new Date(), options.days ?? 90);
  return totals;
}
