/**
 * The knowledge-gap report: what shoppers asked that the assistant could not answer well, grouped
 * into topics with counts, languages and example questions, so the store knows which article to
 * write next.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/types.js';
import type { StoreRow } from '../../repositories/stores.js';
import { resolveScope, type ReportFilters, type ReportQuery } from '../reports/report-scope.js';
import { clusterQuestions, type ClusterInput } from './cluster-questions.js';
import { listGapQuestions, type GapQuestion } from './gap-questions.js';
import { questionFeatures, questionKey } from './question-features.js';

export interface GapExample {
  text: string;
  locale: string;
  askedAt: string;
  conversationId: string;
}

export interface GapCluster {
  id: string;
  /** The most representative question (in the store's default language when one is common). */
  label: string;
  /** Times asked (one per conversation). */
  count: number;
  languages: Array<{ locale: string; count: number }>;
  intents: Array<{ intent: string; count: number }>;
  /** Help-center concepts the questions share (refund, gift, …). */
  concepts: string[];
  examples: GapExample[];
  firstAskedAt: string;
  lastAskedAt: string;
}

export interface KnowledgeGapReport {
  range: { from: string; to: string; timeZone: string };
  filters: ReportFilters;
  /** Questions considered (one per conversation). */
  questions: number;
  clusters: GapCluster[];
}

const MAX_CLUSTERS = 50;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
const MAX_EXAMPLES = 6;

function tally<T extends string>(values: readonly T[]): Array<{ value: T; count: number }> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Examples covering as many languages as possible, most recent first within each. */
function diverseExamples(questions: readonly GapQuestion[]): GapExample[] {
  const byLocale = new Map<string, GapQuestion[]>();
  for (const q of [...questions].sort((a, b) => b.askedAt.getTime() - a.askedAt.getTime())) pushTo(byLocale, q.locale, q);
  const picked: GapQuestion[] = [];
  const seen = new Set<string>();
  for (let round = 0; picked.length < MAX_EXAMPLES && round < MAX_EXAMPLES; round++) {
    for (const list of byLocale.values()) {
      const q = list.find((candidate) => !seen.has(questionKey(candidate.text)));
      if (!q || picked.length >= MAX_EXAMPLES) continue;
      seen.add(questionKey(q.text));
      picked.push(q);
      list.splice(list.indexOf(q), 1);
    }
  }
  return picked.map((q) => ({ text: q.text, locale: q.locale, askedAt: q.askedAt.toISOString(), conversationId: q.conversationId }));
}

/** A topic is not about one order: "Where is my order #M1002?" → "Where is my order #…?" (examples keep the original). */
export function withoutIdentifiers(text: string): string {
  return text.replace(/#[\p{L}\p{N}-]+|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}-]*\d{4})[\p{L}\p{N}-]+/gu, '#…');
}

export function clusterGapQuestions(questions: readonly GapQuestion[], defaultLocale: string): GapCluster[] {
  // One input per distinct question text (per language), with its askings.
  const groups = new Map<string, GapQuestion[]>();
  for (const q of questions) {
    const key = `${q.locale}|${questionKey(q.text)}`;
    pushTo(groups, key, q);
  }
  const keys = [...groups.keys()];
  const inputs: ClusterInput[] = keys.map((key) => {
    const first = groups.get(key)![0]!;
    return { key, features: questionFeatures(first.text, first.locale), count: groups.get(key)!.length };
  });
  return clusterQuestions(inputs)
    .slice(0, MAX_CLUSTERS)
    .map((cluster) => {
      const asked = cluster.members.flatMap((i) => groups.get(keys[i]!)!);
      const top = cluster.members.slice(0, 3).map((i) => groups.get(keys[i]!)![0]!);
      const label = withoutIdentifiers((top.find((q) => q.locale === defaultLocale) ?? top[0]!).text);
      const times = asked.map((q) => q.askedAt.getTime());
      return {
        id: createHash('sha256').update(keys[cluster.members[0]!]!).digest('hex').slice(0, 12),
        label,
        count: cluster.count,
        languages: tally(asked.map((q) => q.locale)).map(({ value, count }) => ({ locale: value, count })),
        intents: tally(asked.map((q) => q.intent)).map(({ value, count }) => ({ intent: value, count })),
        concepts: cluster.topFeatures.filter((f) => f.startsWith('c:')).map((f) => f.slice(2)),
        examples: diverseExamples(asked),
        firstAskedAt: new Date(Math.min(...times)).toISOString(),
        lastAskedAt: new Date(Math.max(...times)).toISOString(),
      };
    });
}

export async function knowledgeGaps(db: Db, store: StoreRow, query: ReportQuery, now: Date): Promise<KnowledgeGapReport> {
  const scope = resolveScope(store, query, now);
  const questions = await listGapQuestions(db, scope);
  return {
    range: { from: scope.from, to: scope.to, timeZone: scope.timeZone },
    filters: scope.filters,
    questions: questions.length,
    clusters: clusterGapQuestions(questions, store.default_locale),
  };
}
