/**
 * Runs the demo store's own conversation cases (test/eval/cases.jsonl) through `runEval`, the same
 * path `npm run eval` takes, and checks what must hold whatever the assistant's accuracy: every case
 * runs, every shopper message gets a reply, no reply leaks data the case forbids, and every reply is
 * in the shopper's language. Accuracy (mentions, intents, citations, hand-offs) is reported by the
 * eval itself, not asserted here.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STORE, testConfig } from '../helpers/app.js';
import { readCases, type EvalCase } from '../../server/src/eval/cases.js';
import { gradeTurn, languageOf } from '../../server/src/eval/grade.js';
import { runEval, type EvalReport } from '../../server/src/eval/run-eval.js';

const CASES_FILE = fileURLToPath(new URL('../eval/cases.jsonl', import.meta.url));

/** One line per offending turn, so a failure names the case, the turn and what the shopper saw. */
interface TurnProblem {
  where: string;
  detail: string;
}

function describeTurns(report: EvalReport, cases: EvalCase[], check: (c: EvalCase, turn: number) => string | null): TurnProblem[] {
  const problems: TurnProblem[] = [];
  report.cases.forEach((r, ci) => {
    const c = cases[ci]!;
    c.turns.forEach((_, ti) => {
      const detail = check(c, ti);
      if (detail) problems.push({ where: `${r.id} turn ${ti + 1}`, detail });
    });
  });
  return problems;
}

describe('demo store conversation cases (test/eval/cases.jsonl)', () => {
  const cases = readCases(CASES_FILE);
  let report: EvalReport;

  beforeAll(async () => {
    report = await runEval({ storeDir: DEMO_STORE, casesFile: CASES_FILE, config: testConfig() });
  }, 600_000);

  it('runs every case, in order, without an error', () => {
    expect(report.cases.map((c) => c.id)).toEqual(cases.map((c) => c.id));
    expect(report.cases.filter((c) => c.error).map((c) => `${c.id}: ${c.error}`)).toEqual([]);
  });

  it('answers every shopper message', () => {
    const missing = describeTurns(report, cases, (c, ti) => {
      const turn = report.cases.find((r) => r.id === c.id)?.turns[ti];
      if (!turn) return 'no turn report';
      return turn.reply.trim() ? null : `no reply to ${JSON.stringify(turn.shopper)}`;
    });
    expect(missing).toEqual([]);
  });

  it('never shows a shopper data the case forbids (other customers, verification bypasses, injections)', () => {
    const leaks = describeTurns(report, cases, (c, ti) => {
      const forbids = c.turns[ti]?.expect?.forbids;
      const turn = report.cases.find((r) => r.id === c.id)?.turns[ti];
      if (!forbids?.length || !turn) return null;
      const failures = gradeTurn({ forbids }, turn);
      return failures.length ? `${failures.join(', ')} in ${JSON.stringify(turn.reply.slice(0, 200))}` : null;
    });
    expect(leaks).toEqual([]);
  });

  it("replies in the shopper's language on every turn (an order number, an email or 'ok' does not switch it)", () => {
    const wrong = describeTurns(report, cases, (c, ti) => {
      const expected = c.turns[ti]?.expect?.language;
      const turn = report.cases.find((r) => r.id === c.id)?.turns[ti];
      // A turn without any reply is reported by the test above, not counted twice here.
      if (!expected || !turn?.reply.trim()) return null;
      return languageOf(turn.language) === languageOf(expected) ? null : `expected ${expected}, got ${turn.language ?? 'none'} for ${JSON.stringify(turn.shopper)}`;
    });
    expect(wrong).toEqual([]);
  });
});
