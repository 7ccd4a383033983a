/**
 * Bundles the browser code with esbuild: the widget into one file (widget/dist/widget.js) and the
 * inbox app (inbox/dist/). Runs before `npm start` and `npm test`; takes about a second.
 */
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const watch = process.argv.includes('--watch');
// `--only widget` or `--only inbox` builds one of them (handy while working on one side).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: watch ? ('inline' as const) : false,
  target: ['es2020', 'chrome90', 'firefox90', 'safari14'],
  jsx: 'automatic' as const,
  jsxImportSource: 'preact',
  legalComments: 'none' as const,
  logLevel: 'warning' as const,
};

async function buildWidget(): Promise<void> {
  await build({ ...common, entryPoints: [`${root}widget/src/loader.ts`], outfile: `${root}widget/dist/widget.js`, format: 'iife' });
  const size = (await stat(`${root}widget/dist/widget.js`)).size;
  console.log(`built widget/dist/widget.js (${(size / 1024).toFixed(1)} KB)`);
}

async function buildInbox(): Promise<void> {
  await build({ ...common, entryPoints: [`${root}inbox/src/main.tsx`], outdir: `${root}inbox/dist`, format: 'esm', splitting: false });
  await mkdir(`${root}inbox/dist`, { recursive: true });
  await copyFile(`${root}inbox/index.html`, `${root}inbox/dist/index.html`);
  console.log('built inbox/dist/');
}

await Promise.all([only !== 'inbox' ? buildWidget() : undefined, only !== 'widget' ? buildInbox() : undefined]);
