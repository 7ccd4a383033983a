/** `npm start`: the only file that listens. Prints where everything is, shuts down gracefully. */
import { buildApp } from './app.js';
import { bootstrapDemo } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { StoreDirectoryError } from './import/store-directory.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }

  const app = await buildApp(config);
  let demo;
  try {
    demo = await bootstrapDemo(app);
  } catch (err) {
    if (err instanceof StoreDirectoryError) {
      console.error(`Could not import the demo store from ${config.demoStoreDir}:\n${err.message}`);
      await app.close();
      process.exit(1);
    }
    throw err;
  }
  await app.listen({ port: config.port, host: config.host });

  const base = config.publicUrl ?? `http://localhost:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}`;
  const lines = [
    '',
    `  Parley is running (${config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`}, assistant: ${config.assistantMode}${config.redisUrl ? ', Redis adapter' : ''})`,
    `  Demo storefront with the widget:  ${base}/`,
    `  Helpdesk inbox:                   ${base}/inbox`,
  ];
  if (demo) {
    lines.push(`  Demo agent login:                 ${demo.email} / ${demo.password ?? '(password set earlier; see PARLEY_DEMO_AGENT_PASSWORD)'}`);
  }
  console.log(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new connections, draining sockets and replies');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

await main();
