/**
 * The chat widget's weight and speed: bytes of the one-file bundle (raw, gzip -9, brotli) against
 * the 30 KB gzip budget, and, in headless Chromium on the demo storefront served by a fresh
 * in-memory Parley, the time until the launcher is interactive (`ready`) and until the opened chat
 * takes typing, on a local link and under a slow-4G profile with a 4× slower CPU.
 * Args: `runs=N` (default 7 per profile).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/open.js';

export const description = 'widget bundle size (gzip budget 30 KB) and time to interactive on the demo page in headless Chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = `${ROOT}widget/dist/widget.js`;
const BUDGET_GZIP_BYTES = 30 * 1024;

interface Profile {
  name: string;
  /** Chrome DevTools network emulation; undefined = the local link as is. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuSlowdown: number;
}

const PROFILES: Profile[] = [
  { name: 'local', cpuSlowdown: 1 },
  { name: 'slow-4g-cpu4x', network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }, cpuSlowdown: 4 },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.floor((s.length - 1) / 2)]!) : null;
};
const max = (xs: number[]) => (xs.length ? Math.round(Math.max(...xs)) : null);

function measureBundle() {
  execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/build-client.ts`, '--only', 'widget'], { cwd: ROOT, stdio: 'ignore' });
  const bytes = readFileSync(BUNDLE);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return {
    rawBytes: bytes.length,
    gzipBytes: gzip,
    brotliBytes: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    budgetGzipBytes: BUDGET_GZIP_BYTES,
    withinBudget: gzip <= BUDGET_GZIP_BYTES,
  };
}

/** Milliseconds since navigation start, read in the page. */
const PAGE_PROBE = `
  window.__parleyBench = {};
  window.Parley = window.Parley || { q: [] };
  window.Parley.q = window.Parley.q || [];
  window.Parley.q.push(['on', ['ready', function () { window.__parleyBench.ready = performance.now(); }]]);
`;

async function timeOnce(browser: Browser, url: string, profile: Profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.addInitScript(PAGE_PROBE);
    await page.goto(url);
    await page.waitForFunction('window.__parleyBench.ready !== undefined', undefined, { timeout: 30_000 });
    const timings = await page.evaluate<{ ready: number; script: number; domContentLoaded: number }>(`({
      ready: window.__parleyBench.ready,
      script: (performance.getEntriesByType('resource').find((e) => e.name.endsWith('/widget.js')) || {}).responseEnd || 0,
      domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    })`);
    // Open the chat and time until the text box has focus (first open connects the socket).
    const openMs = await page.evaluate<number>(`new Promise((resolve) => {
      const root = document.querySelector('parley-widget').shadowRoot;
      const start = performance.now();
      root.querySelector('.launcher').click();
      const check = () => (root.activeElement && root.activeElement.tagName === 'TEXTAREA' ? resolve(performance.now() - start) : requestAnimationFrame(check));
      check();
    })`);
    return { ...timings, openMs };
  } finally {
    await context.close();
  }
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const runs = Number(args.find((a) => a.startsWith('runs='))?.slice(5) ?? 7);
  const bundle = measureBundle();
  console.log(`bundle: ${bundle.rawBytes} B raw, ${bundle.gzipBytes} B gzip (budget ${BUDGET_GZIP_BYTES}), ${bundle.brotliBytes} B brotli`);

  const chromiumPath = [process.env.PARLEY_BROWSER, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!chromiumPath) return { bundle, timeToInteractive: null, note: 'no Chromium found (set PARLEY_BROWSER): timings skipped' };

  const db = await openDatabase({});
  const app = await buildApp(loadConfig({ PARLEY_DEMO_STORE: 'off', LOG_LEVEL: 'silent', PORT: '0', PARLEY_ASSISTANT: 'offline' }), { db, logger: false });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    await app.importStoreDirectory(`${ROOT}knowledge`);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const profiles: Record<string, unknown> = {};
    for (const profile of PROFILES) {
      const samples: Array<Awaited<ReturnType<typeof timeOnce>>> = [];
      for (let i = 0; i < runs; i++) samples.push(await timeOnce(browser, `${base}/`, profile));
      const pick = (key: 'ready' | 'script' | 'domContentLoaded' | 'openMs') => samples.map((s) => s[key]);
      profiles[profile.name] = {
        runs,
        readyMs: { median: median(pick('ready')), max: max(pick('ready')) },
        scriptLoadedMs: { median: median(pick('script')), max: max(pick('script')) },
        domContentLoadedMs: { median: median(pick('domContentLoaded')) },
        openToTypingMs: { median: median(pick('openMs')), max: max(pick('openMs')) },
      };
      console.log(profile.name, JSON.stringify(profiles[profile.name]));
    }
    return {
      bundle,
      timeToInteractive: profiles,
      notes: [
        'readyMs: navigation start → the launcher is rendered with the store config (Parley "ready" event); the async script never blocks the page.',
        'openToTypingMs: click on the launcher → focus in the text box (renders the panel; the socket connects in the background).',
        'Demo storefront from knowledge/ on a fresh in-memory PGlite; each run in a fresh browser context (cold cache).',
      ],
    };
  } finally {
    await browser.close();
    await app.close();
    await db.close();
  }
}
