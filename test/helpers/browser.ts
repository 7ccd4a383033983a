/**
 * Headless Chromium for browser tests (playwright-core driving the system's Chromium; never a
 * downloaded browser). Tests run when PARLEY_BROWSER names the Chromium binary (.ci/run sets it to
 * /usr/bin/chromium) and skip with a clear message otherwise.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const browserPath = process.env.PARLEY_BROWSER;
export const hasBrowser = Boolean(browserPath && existsSync(browserPath));
export const BROWSER_SKIP_MESSAGE = browserPath
  ? `PARLEY_BROWSER=${browserPath} does not exist; skipping browser tests`
  : 'PARLEY_BROWSER is not set (e.g. PARLEY_BROWSER=/usr/bin/chromium); skipping browser tests';

/** Screenshots and traces the browser tests save, for people to look at (git-ignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../.artifacts/', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
