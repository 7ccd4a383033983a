/**
 * The labelled retrieval queries (bench/data/retrieval-queries.jsonl): well-formed, pointing at real
 * English articles, with tags that match the facts (a `crosslingual` query has no translation of
 * its expected article in its own language; `short` means one to three words), and the coverage the
 * retrieval benchmark needs.
 */
import { readFileSync } from 'node:fs';
import type { ArticleInfo } from './articles.js';
import type { Problems } from './context.js';

export const QUERY_TAGS = ['typo', 'short', 'crosslingual', 'paraphrase'] as const;

export interface RetrievalQuery {
  id: string;
  query: string;
  locale: string;
  expected: string[];
  tags: string[];
}

export const COVERAGE = { total: 180, perLanguage: 12, languages: 8, typoOrShort: 40, crosslingual: 40 };

/** Scripts written without spaces between words: "short" is counted in characters there. */
const unspaced = (locale: string): boolean => locale === 'ja' || locale === 'zh-CN';
const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function readQueries(file: string): RetrievalQuery[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RetrievalQuery);
}

export function checkQueries(file: string, articles: ArticleInfo[], problems: Problems): RetrievalQuery[] {
  const f = 'bench/data/retrieval-queries.jsonl';
  let queries: RetrievalQuery[];
  try {
    queries = readQueries(file);
  } catch (err) {
    problems.add(f, '', `cannot be read: ${(err as Error).message}`);
    return [];
  }
  const english = new Set(articles.filter((a) => a.locale === 'en').map((a) => a.id));
  const translated = (id: string, locale: string): boolean => articles.some((a) => a.id === id && a.locale === locale);
  const ids = new Set<string>();
  for (const q of queries) {
    const at = q.id;
    problems.check(Object.keys(q).join(',') === 'id,query,locale,expected,tags', f, at, 'keys must be id, query, locale, expected, tags');
    problems.check(/^q\d{3,}$/.test(q.id) && !ids.has(q.id), f, at, 'ids are unique q001-style');
    ids.add(q.id);
    problems.check(typeof q.query === 'string' && q.query.trim().length > 0, f, at, 'empty query');
    problems.check(Array.isArray(q.expected) && q.expected.length > 0 && q.expected.every((id) => english.has(id)), f, at, `expected ids must be English articles: ${q.expected}`);
    problems.check(q.tags.every((t) => (QUERY_TAGS as readonly string[]).includes(t)), f, at, `unknown tag in ${q.tags}`);
    const cross = q.locale !== 'en' && q.expected.every((id) => !translated(id, q.locale));
    problems.check(q.tags.includes('crosslingual') === cross, f, at, cross ? 'no translation in this language: tag it crosslingual' : 'a translation exists: not crosslingual');
    if (unspaced(q.locale)) {
      problems.check(!q.tags.includes('short') || q.query.replace(/\s/g, '').length <= 10, f, at, 'short CJK queries have at most 10 characters');
    } else {
      problems.check(q.tags.includes('short') === words(q.query) <= 3, f, at, `${words(q.query)} words: short means 1–3 words`);
    }
  }
  const perLanguage = new Map<string, number>();
  for (const q of queries) perLanguage.set(q.locale, (perLanguage.get(q.locale) ?? 0) + 1);
  const bigEnough = [...perLanguage.values()].filter((n) => n >= COVERAGE.perLanguage).length;
  problems.check(queries.length >= COVERAGE.total, f, '', `${queries.length} queries, need ${COVERAGE.total}`);
  problems.check(bigEnough >= COVERAGE.languages, f, '', `${bigEnough} languages with ${COVERAGE.perLanguage}+ queries, need ${COVERAGE.languages}`);
  const typoShort = queries.filter((q) => q.tags.includes('typo') || q.tags.includes('short')).length;
  problems.check(typoShort >= COVERAGE.typoOrShort, f, '', `${typoShort} typo/short queries, need ${COVERAGE.typoOrShort}`);
  const crossCount = queries.filter((q) => q.tags.includes('crosslingual')).length;
  problems.check(crossCount >= COVERAGE.crosslingual, f, '', `${crossCount} cross-lingual queries, need ${COVERAGE.crosslingual}`);
  for (const id of english) problems.check(queries.some((q) => q.expected.includes(id)), f, '', `no query targets article ${id}`);
  return queries;
}
