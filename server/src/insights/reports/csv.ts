/**
 * CSV export of a report, one section per file. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe: hand-off reasons and keys come from data.
 */
import type { ReportOverview } from './overview.js';

export const CSV_SECTIONS = ['summary', 'daily', 'handoff-reasons', 'intents', 'csat', 'response-times', 'heatmap', 'compensation'] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function reportCsv(r: ReportOverview, section: CsvSection): string {
  switch (section) {
    case 'summary': {
      const t = r.totals;
      return toCsv(['metric', 'value'], [
        ['from', r.range.from], ['to', r.range.to], ['time_zone', r.range.timeZone],
        ['conversations', t.conversations], ['handed_off', t.handedOff], ['handoff_rate', t.handoffRate],
        ['assistant_conversations', t.assistantInvolved], ['automated_resolved', t.automatedResolved],
        ['automated_evaluated', t.automatedEvaluated], ['automated_resolution_rate', t.automatedResolutionRate],
        ['automated_reopened', t.automation.reopened], ['automated_unanswered', t.automation.unanswered], ['automated_pending', t.automation.pending],
        ['first_response_median_minutes', r.times.firstResponse.median], ['first_response_p90_minutes', r.times.firstResponse.p90],
        ['resolution_median_minutes', r.times.resolution.median], ['resolution_p90_minutes', r.times.resolution.p90],
        ['csat_ratings', r.csat.overall?.ratings ?? 0], ['csat_score', r.csat.overall?.score], ['csat_average', r.csat.overall?.average],
      ]);
    }
    case 'daily':
      return toCsv(['day', 'conversations', 'handed_off', 'automated_resolved', 'automated_evaluated', 'automated_resolution_rate'],
        r.daily.map((d) => [d.day, d.conversations, d.handedOff, d.automatedResolved, d.automatedEvaluated, d.automatedResolutionRate]));
    case 'handoff-reasons':
      return toCsv(['reason', 'conversations', 'share'], r.handoffReasons.map((h) => [h.reason, h.count, h.share]));
    case 'intents':
      return toCsv(['intent', 'conversations', 'handed_off', 'handoff_rate', 'automated_resolution_rate'],
        r.intents.map((i) => [i.intent, i.conversations, i.handedOff, i.handoffRate, i.automatedResolutionRate]));
    case 'csat': {
      const groups = [['all', r.csat.overall ? [r.csat.overall] : []], ['language', r.csat.byLanguage], ['market', r.csat.byMarket], ['intent', r.csat.byIntent], ['agent', r.csat.byAgent]] as const;
      return toCsv(['dimension', 'key', 'label', 'ratings', 'satisfied', 'score', 'average_1_5'],
        groups.flatMap(([dimension, rows]) => rows.map((c) => [dimension, c.key, c.label, c.ratings, c.satisfied, c.score, c.average])));
    }
    case 'response-times': {
      const rows: Cell[][] = [];
      for (const [metric, d] of [['first_response', r.times.firstResponse], ['resolution', r.times.resolution]] as const) {
        rows.push([metric, 'all', 'all', d.count, d.pending, d.median, d.p90, d.mean]);
        for (const g of d.byLanguage) rows.push([metric, 'language', g.key, g.count, null, g.median, g.p90, g.mean]);
        for (const g of d.byAgent) rows.push([metric, 'agent', g.label ?? g.key, g.count, null, g.median, g.p90, g.mean]);
      }
      return toCsv(['metric', 'group', 'key', 'measured', 'pending', 'median_business_minutes', 'p90_business_minutes', 'mean_business_minutes'], rows);
    }
    case 'heatmap': {
      const rows: Cell[][] = [];
      for (const zone of ['store', 'shopper'] as const) {
        r.heatmap[zone].forEach((hours, weekday) => hours.forEach((count, hour) => rows.push([zone, WEEKDAYS[weekday], hour, count])));
      }
      return toCsv(['zone', 'weekday', 'hour', 'conversations_started'], rows);
    }
    case 'compensation':
      return toCsv(['problem', 'remedy', 'status', 'currency', 'decisions', 'cost', 'amount'],
        r.compensation.map((c) => [c.problem, c.remedy, c.status, c.currency, c.decisions, c.cost, c.amount]));
  }
}
