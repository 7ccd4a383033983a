/**
 * Checks the demo store (or any store directory) for consistency.
 *
 *   npx tsx scripts/demo-store/validate.ts [store-dir]     default: knowledge/
 *
 * Prints one line per problem and exits 1 when there is any.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { validateStore } from './validate/index.js';

const dir = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../../knowledge/', import.meta.url));
const issues = validateStore(dir);
for (const i of issues) console.log(`${i.file}${i.where ? ` [${i.where}]` : ''}: ${i.message}`);
console.log(issues.length ? `${issues.length} problem(s) in ${dir}` : `${dir}: no problems`);
if (issues.length) process.exitCode = 1;
