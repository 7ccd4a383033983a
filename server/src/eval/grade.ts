/** Grades one assistant turn against a case's expectations, exactly as FORMAT.md defines them. */
import type { Expectation } from './cases.js';

export interface TurnOutcome {
  reply: string;
  language: string | null;
  intent: string | null;
  handoff: boolean;
  sources: string[];
}

/** NFKC, case-insensitive, whitespace collapsed. */
export const normalizeForMatch = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** ISO 639-1 of a locale tag ("zh-CN" → "zh"). */
export const languageOf = (locale: string | null) => (locale ? locale.toLowerCase().split(/[-_]/)[0]! : null);

export function gradeTurn(expect: Expectation | undefined, outcome: TurnOutcome): string[] {
  if (!expect) return [];
  const failures: string[] = [];
  const reply = normalizeForMatch(outcome.reply);
  if (expect.language !== undefined && languageOf(outcome.language) !== languageOf(expect.language)) {
    failures.push(`language: expected ${expect.language}, got ${outcome.language ?? 'none'}`);
  }
  if (expect.handoff !== undefined && expect.handoff !== outcome.handoff) failures.push(`handoff: expected ${expect.handoff}`);
  for (const m of expect.mentions ?? []) if (!reply.includes(normalizeForMatch(m))) failures.push(`mentions: "${m}"`);
  if (expect.mentions_any?.length && !expect.mentions_any.some((m) => reply.includes(normalizeForMatch(m)))) {
    failures.push(`mentions_any: ${expect.mentions_any.map((m) => `"${m}"`).join(' | ')}`);
  }
  for (const f of expect.forbids ?? []) if (reply.includes(normalizeForMatch(f))) failures.push(`forbids: "${f}"`);
  if (expect.cites?.length && !expect.cites.some((c) => outcome.sources.includes(c))) failures.push(`cites: ${expect.cites.join(' | ')}`);
  return failures;
}
