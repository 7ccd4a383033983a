/**
 * `npm run parley -- <command>`:
 *   import <dir>                 import (or re-import) a store directory
 *   agent:create --email E --name N --password P --store S [--role admin|agent]
 *   config                       print the configuration table (Markdown)
 *   eval --store DIR --cases FILE [--json OUT]   run conversation test cases (npm run eval -- …)
 *   seed-history [--days N]      realistic history for the reports
 */
import { parseArgs } from 'node:util';
import { loadConfig, settingsTable, ConfigError } from './config.js';
import { buildApp } from './app.js';
import { StoreDirectoryError } from './import/store-directory.js';
import { hashPassword } from './auth/passwords.js';
import { addMembership, createAgent } from './auth/agents-repository.js';
import { getStore } from './repositories/stores.js';
import { formatReport, runEval } from './eval/run-eval.js';
import { writeFileSync } from 'node:fs';

const USAGE = `usage: npm run parley -- <command>
  import <dir>             import or re-import a store directory (idempotent)
  agent:create --email E --name N --password P --store S [--role admin|agent]
  config                   print the configuration settings as a Markdown table
  eval --store DIR --cases FILE [--json OUT]
                           run conversation test cases against a freshly imported store
  seed-history [--days 90] [--per-day 40]
                           generate realistic support history on the demo store (for the reports)`;

async function withApp<T>(fn: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>): Promise<T> {
  const app = await buildApp({ ...loadConfig(), logLevel: 'warn' });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'config':
      console.log(settingsTable());
      return 0;
    case 'import': {
      const dir = rest[0];
      if (!dir) {
        console.error('import needs a directory: npm run parley -- import <dir>');
        return 2;
      }
      const summary = await withApp((app) => app.importStoreDirectory(dir));
      console.log(
        `imported store "${summary.storeId}": ${summary.articles.total} articles (${summary.articles.changed} changed, ${summary.articles.removed} removed), ` +
          `${summary.products} products, ${summary.sizeCharts} size charts, ${summary.customers} customers, ${summary.orders} orders, ` +
          `${summary.shipments} shipments, ${summary.returns} returns`,
      );
      return 0;
    }
    case 'agent:create': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, store: { type: 'string' }, role: { type: 'string', default: 'agent' } } });
      if (!values.email || !values.name || !values.password || !values.store || !['admin', 'agent'].includes(values.role ?? '')) {
        console.error('agent:create needs --email, --name, --password (8+ characters), --store and optionally --role admin|agent');
        return 2;
      }
      await withApp(async (app) => {
        if (!(await getStore(app.db, values.store!))) throw new Error(`unknown store "${values.store}"`);
        const agent = await createAgent(app.db, { email: values.email!, name: values.name!, passwordHash: await hashPassword(values.password!) });
        await addMembership(app.db, values.store!, agent.id, values.role as 'admin' | 'agent');
        console.log(`agent ${agent.email} can now sign in to ${values.store} as ${values.role}`);
      });
      return 0;
    }
    case 'seed-history':
      // Realistic support history for the reports (scripts/seed-history.ts reads its own flags).
      await import('../../scripts/seed-history.js');
      return 0;
    case 'eval': {
      const { values } = parseArgs({ args: rest, options: { store: { type: 'string' }, cases: { type: 'string' }, json: { type: 'string' } } });
      if (!values.store || !values.cases) {
        console.error('eval needs --store <dir> and --cases <file.jsonl> (optionally --json <out.json>)');
        return 2;
      }
      const report = await runEval({ storeDir: values.store, casesFile: values.cases, config: loadConfig() });
      if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
      console.log(formatReport(report));
      return report.summary.failed === 0 ? 0 : 1;
    }
    default:
      console.error(USAGE);
      return command ? 2 : 0;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ConfigError || err instanceof StoreDirectoryError) {
    console.error(err.message);
    process.exitCode = 1;
  } else {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
