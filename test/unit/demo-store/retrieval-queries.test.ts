import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateQueriesFile } from '../../../scripts/demo-store/validate/index.js';
import { readQueries } from '../../../scripts/demo-store/validate/queries.js';
import { QUERIES_FILE, STORE_DIR } from './paths.js';

/** Validates an edited copy of the query file. */
function validateEdited(edit: (lines: Array<Record<string, unknown>>) => void): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'queries-'));
  try {
    const lines = readFileSync(QUERIES_FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    edit(lines);
    const file = join(dir, 'queries.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    return validateQueriesFile(file, STORE_DIR).map((i) => `${i.where}: ${i.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('retrieval benchmark queries (bench/data/retrieval-queries.jsonl)', () => {
  it('are well-formed, correctly tagged and cover what the benchmark needs', () => {
    expect(validateQueriesFile(QUERIES_FILE, STORE_DIR)).toEqual([]);
  });

  it('include cross-lingual queries in every translated language', () => {
    const queries = readQueries(QUERIES_FILE);
    for (const locale of ['es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl']) {
      expect(queries.filter((q) => q.locale === locale && q.tags.includes('crosslingual')).length, locale).toBeGreaterThanOrEqual(5);
    }
  });

  it('reject a crosslingual tag on a query whose article is translated', () => {
    const issues = validateEdited((lines) => {
      const q = lines.find((l) => l.locale === 'es' && (l.expected as string[])[0] === 'returns-policy');
      if (!q) throw new Error('no Spanish returns query');
      q.tags = [...(q.tags as string[]), 'crosslingual'];
    });
    expect(issues.join('\n')).toMatch(/a translation exists: not crosslingual/);
  });

  it('reject an expected article that does not exist', () => {
    const issues = validateEdited((lines) => {
      (lines[0] as Record<string, unknown>).expected = ['no-such-article'];
    });
    expect(issues.join('\n')).toMatch(/q001: expected ids must be English articles/);
  });
});
