/** Locations used by the demo-store tests, resolved from this file so they work from any cwd. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STORE_DIR = fileURLToPath(new URL('../../../knowledge/', import.meta.url));
export const QUERIES_FILE = fileURLToPath(new URL('../../../bench/data/retrieval-queries.jsonl', import.meta.url));
const SHARED = new URL('../../../../shared/', import.meta.url);
export const TRACKING_BENCHMARK = fileURLToPath(new URL('benchmarks/tracking-numbers/numbers.jsonl', SHARED));
export const REFERENCE_STORE = fileURLToPath(new URL('fixtures/reference-store/', SHARED));
export const hasShared = (path: string): boolean => existsSync(path);
