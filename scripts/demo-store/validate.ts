/**
 * Checks the demo store (or any store directory) for consistency.
 *
 *   npx tsx scripts/demo-store/validate.ts [store-dir]     default: knowledge/ (plus bench/data/retrieval-queries.jsonl)
 *
 * Prints one line per problem and exits 1 when there is any.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { validateQueriesFile, validateStore } from './validate/index.js';

const ownStore = process.argv[2] === undefined;
const dir = ownStore ? fileURLToPath(new URL('../../knowledge/', import.meta.url)) : resolve(process.argv[2] ?? '.');
const queries = fileURLToPath(new URL('../../bench/data/retrieval-queries.jsonl', import.meta.url));
// The labelled retrieval queries belong to the demo store, so they are checked along with it.
const issues = [...validateStore(dir), ...(ownStore && existsSync(queries) ? validateQueriesFile(queries, dir) : [])];
for (const i of issues) console.log(`${i.file}${i.where ? ` [${i.where}]` : ''}: ${i.message}`);
console.log(issues.length ? `${issues.length} problem(s) in ${dir}` : `${dir}: no problems`);
if (issues.length) process.exitCode = 1;
