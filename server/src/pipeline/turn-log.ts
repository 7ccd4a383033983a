/** One row per assistant turn (assistant_turns): the raw material of the resolution and gap reports. */
import type { Queryable } from '../db/types.js';

export interface TurnLogEntry {
  storeId: string;
  conversationId: string;
  messageId: string;
  mode: 'offline' | 'llm';
  locale: string;
  intent: string;
  intentConfidence: number;
  skill: string;
  answered: boolean;
  answerability: number | null;
  sources: string[];
  handoffReason: string | null;
  latencyMs: number;
}

const COLUMNS = 13;
/** Rows per statement: far below Postgres's 65,535 parameters. */
const MAX_BATCH = 200;

/**
 * Group commit: the first turn is written at once; turns finished while that insert runs wait and go
 * together in the next one. No delay at low traffic, one statement (and one WAL flush) for many turns
 * at peak. Each caller's promise settles when its own row is written, as before.
 */
class TurnWriter {
  private pending: Array<{ entry: TurnLogEntry; resolve: () => void; reject: (err: unknown) => void }> = [];
  private writing = false;

  constructor(private readonly q: Queryable) {}

  add(entry: TurnLogEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, resolve, reject });
      if (!this.writing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        await insertTurns(this.q, batch.map((b) => b.entry));
        for (const b of batch) b.resolve();
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        // One bad row (its conversation deleted meanwhile) must not fail the others: one by one.
        else for (const b of batch) await insertTurns(this.q, [b.entry]).then(b.resolve, b.reject);
      }
    }
    this.writing = false;
  }
}

async function insertTurns(q: Queryable, entries: readonly TurnLogEntry[]): Promise<void> {
  const params: unknown[] = [];
  const rows = entries.map((e) => {
    params.push(e.storeId, e.conversationId, e.messageId, e.mode, e.locale, e.intent, e.intentConfidence, e.skill, e.answered, e.answerability, e.sources, e.handoffReason, e.latencyMs);
    const base = params.length - COLUMNS;
    return `(${Array.from({ length: COLUMNS }, (_, i) => `$${base + i + 1}`).join(', ')})`;
  });
  await q.query(
    `INSERT INTO assistant_turns (store_id, conversation_id, message_id, mode, locale, intent, intent_confidence, skill, answered,
       answerability, sources, handoff_reason, latency_ms)
     VALUES ${rows.join(', ')}`,
    params,
  );
}

const writers = new WeakMap<Queryable, TurnWriter>();

export function logTurn(q: Queryable, e: TurnLogEntry): Promise<void> {
  let writer = writers.get(q);
  if (!writer) writers.set(q, (writer = new TurnWriter(q)));
  return writer.add(e);
}
