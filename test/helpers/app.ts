/** Builds a Parley app on a fresh test database, optionally with a store imported. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp, type ParleyInstance } from '../../server/src/app.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { hashPassword } from '../../server/src/auth/passwords.js';
import { addMembership, createAgent } from '../../server/src/auth/agents-repository.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TEST_CONNECT_TIMEOUT_MS } from './postgres-template.js';

export const MINI_STORE = fileURLToPath(new URL('../fixtures/mini-store', import.meta.url));
export const DEMO_STORE = fileURLToPath(new URL('../../knowledge', import.meta.url));
export const REFERENCE_STORE = fileURLToPath(new URL('../../../shared/fixtures/reference-store', import.meta.url));
export const hasReferenceStore = existsSync(REFERENCE_STORE);
export const REFERENCE_SKIP_MESSAGE = `../shared/fixtures/reference-store is absent (${REFERENCE_STORE}); skipping tests that need the reference store`;

export function testConfig(overrides: Partial<Config> = {}): Config {
  return loadConfig({ PARLEY_DEMO_STORE: 'off', LOG_LEVEL: 'silent', PARLEY_ASSISTANT: 'offline', PORT: '0', DATABASE_CONNECT_TIMEOUT_MS: String(TEST_CONNECT_TIMEOUT_MS) }, overrides);
}

export interface TestApp {
  app: ParleyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function buildTestApp(options: { store?: string; config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(testConfig(options.config), { db: database.db, logger: false });
  if (options.store) await app.importStoreDirectory(options.store);
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Creates an agent with a membership and returns a logged-in cookie + CSRF token for inject(). */
export async function loginAgent(app: ParleyInstance, input: { storeId: string; email?: string; role?: 'agent' | 'admin' }) {
  const email = input.email ?? `agent-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = 'correct horse battery';
  const agent = await createAgent(app.db, { email, name: email.split('@')[0]!, passwordHash: await hashPassword(password) });
  await addMembership(app.db, input.storeId, agent.id, input.role ?? 'agent');
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'parley_session');
  const { csrfToken } = res.json() as { csrfToken: string };
  return { agentId: agent.id, email, password, cookie: `parley_session=${cookie!.value}`, csrfToken };
}
