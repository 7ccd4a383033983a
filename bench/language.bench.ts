/**
 * Language detection: Parley's detectLanguage vs the raw detector libraries on labelled shopper
 * messages in 11 languages (bench/data/language/*.jsonl: short ≤ 3 words, medium, long, mixed,
 * romanised, and a context set where the message has no language and the conversation's must stay).
 * Each library is restricted to Parley's 11 languages where it allows it, to give it its best shot.
 * Reports accuracy overall, per kind, per language, and µs per call.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { eld as eldLarge } from 'eld/large';
import { eld as eldMedium } from 'eld/medium';
import { eld as eldSmall } from 'eld/small';
import { detect as tinyldDetect } from 'tinyld';
import { franc } from 'franc';
import { detectLanguage } from '../server/src/pipeline/language/detect.js';
import { LOCALES, isLocale, toLocale, type Locale } from '../server/src/pipeline/language/locales.js';
import type { LanguageContext } from '../server/src/pipeline/language/detect.js';

export const description = 'detectLanguage vs eld, tinyld, franc, languagedetect on shopper messages in 11 languages';

interface LabelledText {
  text: string;
  lang: Locale;
  kind: string;
  context?: LanguageContext;
}

type Detector = (text: string, context: LanguageContext) => Locale | undefined;

const require = createRequire(import.meta.url);
const LanguageDetect = require('languagedetect') as new () => {
  detect(text: string, limit?: number): Array<[string, number]>;
  setLanguageType(type: string): void;
};

const ISO2 = ['en', 'es', 'de', 'fr', 'ja', 'zh', 'it', 'pt', 'nl', 'ko', 'ar'];
const ISO3 = ['eng', 'spa', 'deu', 'fra', 'jpn', 'cmn', 'ita', 'por', 'nld', 'kor', 'arb'];

function loadSet(): LabelledText[] {
  const dir = new URL('./data/language/', import.meta.url);
  const rows: LabelledText[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as LabelledText;
      if (!isLocale(row.lang)) throw new Error(`${file}: unknown locale ${row.lang}`);
      rows.push(row);
    }
  }
  return rows;
}

function eldDetector(instance: typeof eldLarge): Detector {
  const detector = instance.newInstance();
  detector.setLanguageSubset(ISO2);
  return (text) => toLocale(detector.detect(text).language);
}

function languagedetectDetector(): Detector {
  const detector = new LanguageDetect();
  detector.setLanguageType('iso2');
  return (text) => {
    // It knows no CJK languages; take its best supported answer.
    for (const [code] of detector.detect(text, 10)) {
      const locale = toLocale(code);
      if (locale) return locale;
    }
    return undefined;
  };
}

const DETECTORS: Record<string, Detector> = {
  parley: (text, context) => detectLanguage(text, context).locale,
  'eld/large': eldDetector(eldLarge),
  'eld/medium': eldDetector(eldMedium),
  'eld/small': eldDetector(eldSmall),
  tinyld: (text) => toLocale(tinyldDetect(text, { only: ISO2 })),
  franc: (text) => {
    const code = franc(text, { only: ISO3, minLength: 1 });
    return code === 'und' ? undefined : toLocale(code);
  },
  languagedetect: languagedetectDetector(),
};

interface Tally {
  correct: number;
  total: number;
}

function ratio(tally: Tally): number {
  return tally.total === 0 ? 0 : Math.round((tally.correct / tally.total) * 1000) / 1000;
}

function evaluate(detector: Detector, rows: LabelledText[]) {
  const overall: Tally = { correct: 0, total: 0 };
  const byKind: Record<string, Tally> = {};
  const byLanguage: Record<string, Tally> = {};
  const errors: Array<{ text: string; expected: Locale; got: Locale | undefined }> = [];
  for (const row of rows) {
    const got = detector(row.text, row.context ?? {});
    const ok = got === row.lang;
    for (const tally of [overall, (byKind[row.kind] ??= { correct: 0, total: 0 }), (byLanguage[row.lang] ??= { correct: 0, total: 0 })]) {
      tally.total++;
      if (ok) tally.correct++;
    }
    if (!ok) errors.push({ text: row.text, expected: row.lang, got });
  }
  const withoutContext = rows.filter((r) => r.kind !== 'context');
  const textOnly: Tally = { correct: 0, total: withoutContext.length };
  for (const row of withoutContext) if (detector(row.text, {}) === row.lang) textOnly.correct++;
  return {
    accuracy: ratio(overall),
    accuracyTextOnly: ratio(textOnly),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, t]) => [k, ratio(t)])),
    byLanguage: Object.fromEntries(LOCALES.map((l) => [l, ratio(byLanguage[l] ?? { correct: 0, total: 0 })])),
    errors,
  };
}

function microsecondsPerCall(detector: Detector, rows: LabelledText[]): number {
  for (const row of rows) detector(row.text, row.context ?? {}); // warm up
  const rounds = 20;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const row of rows) detector(row.text, row.context ?? {});
  const elapsedNs = Number(process.hrtime.bigint() - started);
  return Math.round((elapsedNs / 1000 / (rounds * rows.length)) * 10) / 10;
}

/**
 * The intent test sets carry a locale per message: 1,400 more shopper messages in 9 languages,
 * written for intents, not for language detection, so they were never used to tune it.
 */
function loadIntentTestMessages(): LabelledText[] {
  const rows: LabelledText[] = [];
  for (const file of ['test.jsonl', 'test-blind.jsonl']) {
    const url = new URL(`./data/intents/${file}`, import.meta.url);
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; locale: Locale };
      rows.push({ text: row.text, lang: row.locale, kind: 'intent-sets' });
    }
  }
  return rows;
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const rows = loadSet();
  const intentMessages = loadIntentTestMessages();
  const showErrors = args.includes('--errors');
  const results: Record<string, unknown> = {};
  const table: string[] = [];
  for (const [name, detector] of Object.entries(DETECTORS)) {
    const { errors, ...scores } = evaluate(detector, rows);
    const us = microsecondsPerCall(detector, rows);
    const { errors: intentErrors, accuracy: intentAccuracy, byLanguage: intentByLanguage } = evaluate(detector, intentMessages);
    results[name] = {
      ...scores,
      microsecondsPerCall: us,
      errorCount: errors.length,
      errors: name === 'parley' || showErrors ? errors : undefined,
      intentTestMessages: { accuracy: intentAccuracy, byLanguage: intentByLanguage, errors: name === 'parley' || showErrors ? intentErrors : undefined },
    };
    table.push(
      `${name.padEnd(15)} all ${scores.accuracy.toFixed(3)}  text-only ${scores.accuracyTextOnly.toFixed(3)}  ` +
        Object.entries(scores.byKind).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  ') + `  ${us} µs  | intent-test messages ${intentAccuracy.toFixed(3)}`,
    );
  }
  console.log(table.join('\n'));
  const kinds: Record<string, number> = {};
  for (const row of rows) kinds[row.kind] = (kinds[row.kind] ?? 0) + 1;
  return {
    dataset: { rows: rows.length, kinds, languages: [...new Set(rows.map((r) => r.lang))].length, intentTestMessages: intentMessages.length },
    notes: 'accuracyTextOnly excludes the context set (messages with no language whose answer comes from the conversation, which raw libraries cannot see).',
    results,
  };
}
