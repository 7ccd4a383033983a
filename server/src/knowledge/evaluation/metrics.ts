/**
 * Retrieval evaluation: labelled queries (JSONL: id, query, locale, expected article ids, tags) run
 * through any search function, scored by recall@1, recall@5 and MRR — overall, per language and
 * per tag. Used by the retrieval benchmark and by tests that guard quality on small sets.
 */
import { readFileSync } from 'node:fs';

export interface LabelledQuery {
  id: string;
  query: string;
  locale: string;
  /** Article ids that answer the query (any one counts); empty for unanswerable queries. */
  expected: string[];
  tags: string[];
}

export interface QueryOutcome {
  query: LabelledQuery;
  /** Ranked article ids returned. */
  ranked: string[];
  /** 1-based rank of the first expected article, or undefined. */
  rank: number | undefined;
  latencyMs: number;
  answerability?: number | undefined;
}

export interface Scores {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
}

export function readQueries(path: string): LabelledQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, i) => {
      const q = JSON.parse(line) as Partial<LabelledQuery>;
      if (typeof q.query !== 'string' || !Array.isArray(q.expected)) throw new Error(`${path}:${i + 1}: needs "query" and "expected"`);
      return { id: q.id ?? `line-${i + 1}`, query: q.query, locale: q.locale ?? 'en', expected: q.expected, tags: q.tags ?? [] };
    });
}

export function rankOf(ranked: readonly string[], expected: readonly string[]): number | undefined {
  const index = ranked.findIndex((id) => expected.includes(id));
  return index === -1 ? undefined : index + 1;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function score(outcomes: readonly QueryOutcome[]): Scores {
  const n = outcomes.length || 1;
  const hits = (k: number) => outcomes.filter((o) => o.rank !== undefined && o.rank <= k).length / n;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n;
  return { queries: outcomes.length, recallAt1: round(hits(1)), recallAt5: round(hits(5)), mrr: round(mrr) };
}

/** Overall, per language (locale) and per tag. */
export function breakdown(outcomes: readonly QueryOutcome[]): { overall: Scores; byLanguage: Record<string, Scores>; byTag: Record<string, Scores> } {
  const group = (key: (o: QueryOutcome) => string[]) => {
    const groups = new Map<string, QueryOutcome[]>();
    for (const o of outcomes) for (const k of key(o)) groups.set(k, [...(groups.get(k) ?? []), o]);
    return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, score(list)]));
  };
  return { overall: score(outcomes), byLanguage: group((o) => [o.query.locale]), byTag: group((o) => o.query.tags) };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 100) / 100;
}

/** Runs queries one after another (latency per query is measured alone). */
export async function runQueries(
  queries: readonly LabelledQuery[],
  search: (q: LabelledQuery) => Promise<{ ranked: string[]; answerability?: number }>,
): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await search(query);
    const latencyMs = performance.now() - started;
    outcomes.push({ query, ranked: result.ranked, rank: rankOf(result.ranked, query.expected), latencyMs, answerability: result.answerability });
  }
  return outcomes;
}
