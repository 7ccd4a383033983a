import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, one run, one summary:
 * - unit: pure modules, no database;
 * - embedded: integration and browser tests on a fresh in-memory PGlite per test file;
 * - postgres: the integration tests again on PostgreSQL, when PARLEY_TEST_DATABASE_URL (or DATABASE_URL) is set
 *   (.ci/run sets it; each test file creates and drops its own database on that server).
 */
const postgresUrl = process.env.PARLEY_TEST_DATABASE_URL || process.env.DATABASE_URL;

/**
 * Timeouts only catch hangs: speed is measured by the benchmarks, never by a test. They are generous
 * because CI machines are shared: a run has been seen three times slower than on a quiet machine.
 */
const shared = {
  pool: 'forks' as const,
  testTimeout: 120_000,
  hookTimeout: 300_000,
};

export default defineConfig({
  test: {
    reporters: ['default'],
    // vitest's default (cores − 1) runs one file at a time on a 2-core machine, while most of a test's
    // time is spent waiting on PostgreSQL, sockets or Chromium: two files at once take 5 minutes, not 8.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Builds one migrated embedded database that every test file starts from.
    globalSetup: ['test/helpers/global-setup.ts'],
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          ...shared,
          name: 'embedded',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          env: { DATABASE_URL: '' },
        },
      },
      ...(postgresUrl
        ? [{ test: { ...shared, name: 'postgres', include: ['test/integration/**/*.test.ts'], env: { DATABASE_URL: postgresUrl } } }]
        : []),
    ],
  },
});
