/**
 * The labelled messages the intent model learns from: server/src/pipeline/intent/training/train.jsonl, written for
 * Parley in nine languages (the benchmark keeps a separate held-out test.jsonl). One JSON object
 * per line: {"text", "intent", "locale"}.
 */
import { readFileSync } from 'node:fs';
import { isLocale, type Locale } from '../language/locales.js';
import { isIntent, type Intent } from './intents.js';

export interface LabelledMessage {
  text: string;
  intent: Intent;
  locale: Locale;
}

export const DEFAULT_TRAINING_FILE = new URL('./training/train.jsonl', import.meta.url);

export function parseLabelledMessages(jsonl: string, source = 'jsonl'): LabelledMessage[] {
  const messages: LabelledMessage[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const row = JSON.parse(line) as Partial<LabelledMessage>;
    if (typeof row.text !== 'string' || !isIntent(row.intent) || !isLocale(row.locale)) {
      throw new Error(`${source}:${index + 1}: expected {text, intent, locale}, got ${line.slice(0, 80)}`);
    }
    messages.push({ text: row.text, intent: row.intent, locale: row.locale });
  });
  return messages;
}

export function loadLabelledMessages(file: URL | string = DEFAULT_TRAINING_FILE): LabelledMessage[] {
  return parseLabelledMessages(readFileSync(file, 'utf8'), String(file));
}
