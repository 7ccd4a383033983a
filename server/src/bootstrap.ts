/**
 * First-start setup for the embedded default: import the bundled demo store once and make sure a demo
 * agent can log in. Later starts reuse the data directory and only print the login again.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { listStores } from './repositories/stores.js';
import { hashPassword } from './auth/passwords.js';
import { addMembership, createAgent, findAgentByEmail } from './auth/agents-repository.js';

export interface DemoLogin {
  storeId: string;
  email: string;
  /** Known only when Parley generated or was given it; an existing agent's password is never recoverable. */
  password: string | undefined;
}

export async function bootstrapDemo(app: FastifyInstance): Promise<DemoLogin | undefined> {
  const { config, db, log } = app;
  if (!config.demoStoreDir) return undefined;
  let stores = await listStores(db);
  if (stores.length === 0) {
    const summary = await app.importStoreDirectory(config.demoStoreDir);
    log.info({ store: summary.storeId, articles: summary.articles.total, products: summary.products, orders: summary.orders }, 'demo store imported');
    stores = await listStores(db);
  }
  const storeId = stores[0]!.id;

  const credentialsFile = join(config.dataDir, 'demo-login.json');
  const saved = existsSync(credentialsFile) ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as { email: string; password: string }) : undefined;
  let agent = await findAgentByEmail(db, config.demoAgentEmail);
  let password = config.demoAgentPassword ?? (saved?.email === config.demoAgentEmail ? saved.password : undefined);
  if (!agent) {
    password ??= randomBytes(9).toString('base64url');
    agent = await createAgent(db, { email: config.demoAgentEmail, name: 'Demo Agent', passwordHash: await hashPassword(password), languages: ['en', 'es', 'de', 'fr'] });
    if (!config.demoAgentPassword) {
      mkdirSync(config.dataDir, { recursive: true });
      writeFileSync(credentialsFile, JSON.stringify({ email: config.demoAgentEmail, password }), { mode: 0o600 });
    }
  }
  await addMembership(db, storeId, agent.id, 'admin');
  return { storeId, email: agent.email, password };
}
