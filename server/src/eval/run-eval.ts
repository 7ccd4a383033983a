/**
 * `npm run eval`: imports a store into a fresh embedded database, pins the clock, and runs every case
 * through the same path a widget message takes (ConversationService → assistant pipeline), then grades
 * what the shopper would have seen.
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, type ParleyInstance } from '../app.js';
import type { Config } from '../config.js';
import { openDatabase } from '../db/open.js';
import { listMessages } from '../conversations/messages-repository.js';
import { getConversation } from '../conversations/conversations-repository.js';
import { findCustomerByEmail, findCustomerByExternalId, type CustomerRow } from '../repositories/customers.js';
import { linkConversation } from '../identity/customer-link.js';
import { readCases, type EvalCase } from './cases.js';
import { gradeTurn, languageOf, type TurnOutcome } from './grade.js';

export interface TurnReport extends TurnOutcome {
  shopper: string;
  latency_ms: number;
  failures: string[];
}

export interface CaseReport {
  id: string;
  passed: boolean;
  turns: TurnReport[];
  error?: string;
}

export interface EvalReport {
  store: string;
  cases_file: string;
  mode: string;
  summary: { passed: number; failed: number; intent_accuracy: number | null; language_accuracy: number | null; latency_p50_ms: number; latency_p95_ms: number };
  cases: CaseReport[];
}

export async function runEval(input: { storeDir: string; casesFile: string; config: Config }): Promise<EvalReport> {
  const cases = readCases(input.casesFile);
  const storeFile = JSON.parse(readFileSync(join(input.storeDir, 'store.json'), 'utf8')) as { id: string; eval_now?: string };
  const db = await openDatabase({});
  const app = await buildApp({ ...input.config, demoStoreDir: undefined, databaseUrl: undefined, logLevel: 'silent' }, { db, logger: false });
  try {
    await app.ready();
    await app.importStoreDirectory(input.storeDir);
    const reports: CaseReport[] = [];
    for (const c of cases) reports.push(await runCase(app, storeFile.id, c, c.now ?? storeFile.eval_now));
    return summarize(storeFile.id, input.casesFile, input.config.assistantMode, cases, reports);
  } finally {
    await app.close();
    await db.close();
  }
}

async function runCase(app: ParleyInstance, storeId: string, c: EvalCase, now: string | undefined): Promise<CaseReport> {
  app.clock.set(now);
  try {
    let customer: CustomerRow | undefined;
    if (c.identity) {
      customer = c.identity.customer_id !== undefined
        ? await findCustomerByExternalId(app.db, storeId, String(c.identity.customer_id))
        : c.identity.email ? await findCustomerByEmail(app.db, storeId, c.identity.email) : undefined;
      if (!customer) throw new Error(`identity ${JSON.stringify(c.identity)} matches no customer`);
    }
    const page = c.page ? { url: c.page.url, productHandle: c.page.product_handle } : undefined;
    let { conversation } = await app.conversations.start({ storeId, customerId: null, locale: c.locale ?? null, page });
    if (customer) {
      // Exactly what the widget's verified, store-signed identity does.
      conversation = await linkConversation(app.db, conversation, { method: 'hmac', externalId: customer.external_id, email: customer.email ?? undefined }, customer);
    }
    const turns: TurnReport[] = [];
    for (const [i, turn] of c.turns.entries()) {
      const started = performance.now();
      const message = await app.conversations.receiveShopperMessage(conversation, { clientId: `eval-${i}-${c.id}`.slice(0, 64), text: turn.shopper });
      await app.conversations.drain();
      const latency = performance.now() - started;
      conversation = (await getConversation(app.db, storeId, conversation.id))!;
      const replies = (await listMessages(app.db, conversation.id, { afterSeq: message.seq, includeInternal: false })).filter((m) => m.author === 'assistant' || m.author === 'system');
      const outcome: TurnOutcome = {
        reply: replies.map((m) => m.text).join('\n'),
        language: replies.find((m) => m.language)?.language ?? null,
        intent: replies.find((m) => m.payload?.intent)?.payload?.intent as string | undefined ?? conversation.intent,
        handoff: conversation.status !== 'bot',
        sources: [...new Set(replies.flatMap((m) => m.sources?.map((s) => s.articleId) ?? []))],
      };
      turns.push({ shopper: turn.shopper, ...outcome, latency_ms: Math.round(latency * 10) / 10, failures: gradeTurn(turn.expect, outcome) });
    }
    return { id: c.id, passed: turns.every((t) => t.failures.length === 0), turns };
  } catch (err) {
    return { id: c.id, passed: false, turns: [], error: (err as Error).message };
  } finally {
    app.clock.set(undefined);
  }
}

function summarize(store: string, casesFile: string, mode: string, cases: EvalCase[], reports: CaseReport[]): EvalReport {
  let intentTotal = 0, intentRight = 0, langTotal = 0, langRight = 0;
  const latencies: number[] = [];
  reports.forEach((r, ci) => {
    r.turns.forEach((t, ti) => {
      latencies.push(t.latency_ms);
      const expect = cases[ci]?.turns[ti]?.expect;
      if (expect?.intent) {
        intentTotal++;
        if (t.intent === expect.intent) intentRight++;
      }
      if (expect?.language) {
        langTotal++;
        if (languageOf(t.language) === languageOf(expect.language)) langRight++;
      }
    });
  });
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]! : 0;
  const passed = reports.filter((r) => r.passed).length;
  return {
    store,
    cases_file: casesFile.split('/').pop() ?? casesFile,
    mode,
    summary: {
      passed,
      failed: reports.length - passed,
      intent_accuracy: intentTotal ? Math.round((intentRight / intentTotal) * 1000) / 1000 : null,
      language_accuracy: langTotal ? Math.round((langRight / langTotal) * 1000) / 1000 : null,
      latency_p50_ms: pct(0.5),
      latency_p95_ms: pct(0.95),
    },
    cases: reports,
  };
}

/** The human-readable output: a table of failures, the accuracies, and the final summary line. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  const failed = report.cases.filter((c) => !c.passed);
  if (failed.length) {
    lines.push('FAILURES', 'case | turn | failure | reply');
    for (const c of failed) {
      if (c.error) lines.push(`${c.id} | - | error: ${c.error} |`);
      c.turns.forEach((t, i) => {
        for (const f of t.failures) lines.push(`${c.id} | ${i + 1} | ${f} | ${t.reply.replace(/\s+/g, ' ').slice(0, 160)}`);
      });
    }
    lines.push('');
  }
  const s = report.summary;
  lines.push(`mode: ${report.mode}; intent accuracy: ${s.intent_accuracy ?? 'n/a'}; language accuracy: ${s.language_accuracy ?? 'n/a'}; latency p50 ${s.latency_p50_ms} ms, p95 ${s.latency_p95_ms} ms`);
  lines.push(`eval: ${s.passed} passed, ${s.failed} failed`);
  return lines.join('\n');
}
