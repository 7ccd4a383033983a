/**
 * Regenerates the demo store's JSON files (products, size charts, customers, orders, tracking,
 * returns) from scripts/demo-store/data and knowledge/store.json.
 *
 *   npx tsx scripts/demo-store/generate.ts            write the files into knowledge/
 *   npx tsx scripts/demo-store/generate.ts --check    exit 1 if the committed files are out of date
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES, generateStore } from './build/generate-store.js';

const storeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const check = process.argv.includes('--check');
const files = generateStore(storeDir);
let stale = 0;
for (const name of GENERATED_FILES) {
  const path = join(storeDir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (current === files[name]) continue;
  stale++;
  if (check) console.error(`${name} is out of date`);
  else {
    writeFileSync(path, files[name]);
    console.log(`wrote ${name}`);
  }
}
if (check && stale) process.exitCode = 1;
if (!stale) console.log('all generated files are up to date');
