/**
 * Validates size charts from a store directory. The result is a fresh, fully typed copy; on the
 * first problem it names the offending field (`mens-tops.rows[2].chest.cm[1]`) so an importer can
 * tell the store owner exactly what to fix.
 */
import type {
  InseamLength,
  LabelConversionRow,
  MeasureRange,
  MeasuredChart,
  MeasuredRow,
  NumberRange,
  ShoeChart,
  ShoeRow,
  SizeChart,
  SockChart,
  SockRow,
} from './types.js';

export interface ChartProblem {
  /** Dotted path of the bad field, starting with the chart id when known. */
  path: string;
  message: string;
}

export type ChartParseResult<T> = { ok: true; value: T } | { ok: false; problem: ChartProblem };

/** Thrown internally and turned into a `ChartParseResult`; never escapes this module. */
class ChartFieldError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

const LABEL_SYSTEMS = ['US', 'UK', 'EU', 'JP', 'CN'] as const;
const SOCK_SYSTEMS = ['US_womens', 'US_mens', 'EU', 'UK', 'JP', 'CN'] as const;

/** Parses the whole `size-charts.json` object; each key must equal its chart's `id`. */
export function parseSizeCharts(value: unknown): ChartParseResult<Record<string, SizeChart>> {
  try {
    const charts: Record<string, SizeChart> = {};
    for (const [key, raw] of Object.entries(object(value, ''))) {
      const chart = readChart(raw, key);
      if (chart.id !== key) throw new ChartFieldError(`${key}.id`, `must equal the key "${key}"`);
      charts[key] = chart;
    }
    return { ok: true, value: charts };
  } catch (err) {
    return failure(err);
  }
}

/** Parses one chart. */
export function parseSizeChart(value: unknown): ChartParseResult<SizeChart> {
  try {
    const id = typeof (value as Json | null)?.id === 'string' ? ((value as Json).id as string) : '';
    return { ok: true, value: readChart(value, id) };
  } catch (err) {
    return failure(err);
  }
}

function failure(err: unknown): { ok: false; problem: ChartProblem } {
  if (err instanceof ChartFieldError) return { ok: false, problem: { path: err.path || '(root)', message: err.message } };
  throw err;
}

function readChart(value: unknown, at: string): SizeChart {
  const raw = object(value, at);
  const base = {
    id: string(raw.id, join(at, 'id')),
    title: string(raw.title, join(at, 'title')),
    unit: string(raw.unit, join(at, 'unit')),
    ...(raw.unit_note !== undefined ? { unit_note: string(raw.unit_note, join(at, 'unit_note')) } : {}),
  };
  const rows = array(raw.rows, join(at, 'rows'));
  if (rows.length === 0) throw new ChartFieldError(join(at, 'rows'), 'must list at least one row');
  const first = object(rows[0], join(at, 'rows[0]'));
  if ('foot_length_mm' in first) return readShoeChart(base, rows, at);
  if ('US_mens' in first || 'US_womens' in first) return readSockChart(base, rows, at);
  return readMeasuredChart(base, raw, rows, at);
}

function readShoeChart(base: Omit<ShoeChart, 'rows'>, rows: unknown[], at: string): ShoeChart {
  const parsed = rows.map((value, i): ShoeRow => {
    const p = join(at, `rows[${i}]`);
    const row = object(value, p);
    return {
      US: label(row.US, join(p, 'US')),
      UK: label(row.UK, join(p, 'UK')),
      EU: label(row.EU, join(p, 'EU')),
      ...optionalLabel(row, 'JP', p),
      ...optionalLabel(row, 'CN', p),
      foot_length_mm: positive(row.foot_length_mm, join(p, 'foot_length_mm')),
      ...(row.foot_length_in !== undefined ? { foot_length_in: positive(row.foot_length_in, join(p, 'foot_length_in')) } : {}),
    };
  });
  // Recommendation walks rows in order, so they must go from small to large.
  parsed.forEach((row, i) => {
    const previous = parsed[i - 1];
    if (previous && row.foot_length_mm <= previous.foot_length_mm) {
      throw new ChartFieldError(join(at, `rows[${i}].foot_length_mm`), 'rows must be sorted by increasing foot length');
    }
  });
  return { ...base, rows: parsed };
}

function readSockChart(base: Omit<SockChart, 'rows'>, rows: unknown[], at: string): SockChart {
  const parsed = rows.map((value, i): SockRow => {
    const p = join(at, `rows[${i}]`);
    const row = object(value, p);
    const sock: SockRow = { size: label(row.size, join(p, 'size')) };
    for (const system of SOCK_SYSTEMS) Object.assign(sock, optionalLabel(row, system, p));
    return sock;
  });
  uniqueSizes(parsed, at);
  return { ...base, rows: parsed };
}

function readMeasuredChart(base: Omit<MeasuredChart, 'rows'>, raw: Json, rows: unknown[], at: string): MeasuredChart {
  const measurements =
    raw.measurements === undefined
      ? undefined
      : array(raw.measurements, join(at, 'measurements')).map((m, i) => string(m, join(at, `measurements[${i}]`)));
  const parsed = rows.map((value, i) => readMeasuredRow(value, join(at, `rows[${i}]`), measurements ?? []));
  uniqueSizes(parsed, at);
  ascendingRanges(parsed, at);
  const chart: MeasuredChart = { ...base, ...(measurements ? { measurements } : {}), rows: parsed };
  if (raw.inseam_by_length !== undefined) chart.inseam_by_length = readInseams(raw.inseam_by_length, join(at, 'inseam_by_length'));
  if (raw.label_conversions !== undefined) {
    const sizes = new Set(parsed.map((r) => r.size));
    chart.label_conversions = array(raw.label_conversions, join(at, 'label_conversions')).map((value, i) => {
      const p = join(at, `label_conversions[${i}]`);
      const row = object(value, p);
      const conversion: LabelConversionRow = { size: label(row.size, join(p, 'size')) };
      if (!sizes.has(conversion.size)) throw new ChartFieldError(join(p, 'size'), `"${conversion.size}" is not a size in rows`);
      for (const system of LABEL_SYSTEMS) Object.assign(conversion, optionalLabel(row, system, p));
      return conversion;
    });
  }
  return chart;
}

function readMeasuredRow(value: unknown, at: string, measurements: string[]): MeasuredRow {
  const raw = object(value, at);
  const row: MeasuredRow = { size: label(raw.size, join(at, 'size')) };
  for (const [key, field] of Object.entries(raw)) {
    if (key === 'size') continue;
    row[key] = readRange(field, join(at, key));
  }
  for (const m of measurements) {
    if (!(m in row)) throw new ChartFieldError(join(at, m), `is listed in measurements but missing from the row`);
  }
  return row;
}

function readRange(value: unknown, at: string): MeasureRange {
  const raw = object(value, at);
  if ('kg' in raw) {
    return { kg: range(raw.kg, join(at, 'kg')), ...(raw.lb !== undefined ? { lb: range(raw.lb, join(at, 'lb')) } : {}) };
  }
  return { cm: range(raw.cm, join(at, 'cm')), in: range(raw.in, join(at, 'in')) };
}

function readInseams(value: unknown, at: string): Record<string, InseamLength> {
  const result: Record<string, InseamLength> = {};
  for (const [option, raw] of Object.entries(object(value, at))) {
    const entry = object(raw, join(at, option));
    result[option] = { cm: positive(entry.cm, join(at, `${option}.cm`)), in: positive(entry.in, join(at, `${option}.in`)) };
  }
  return result;
}

function uniqueSizes(rows: { size: string }[], at: string): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.size)) throw new ChartFieldError(join(at, `rows[${i}].size`), `"${row.size}" appears twice`);
    seen.add(row.size);
  });
}

/** Recommendation walks rows in order, so every measure must grow from one row to the next. */
function ascendingRanges(rows: MeasuredRow[], at: string): void {
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    if (!previous) return;
    for (const [key, value] of Object.entries(row)) {
      const before = previous[key];
      if (typeof value === 'string' || before === undefined || typeof before === 'string') continue;
      if (lowerBound(value) < lowerBound(before)) {
        throw new ChartFieldError(join(at, `rows[${i}].${key}`), 'rows must be sorted from the smallest size to the largest');
      }
    }
  });
}

const lowerBound = (range: MeasureRange): number => ('cm' in range ? range.cm[0] : range.kg[0]);

// ── primitive readers ────────────────────────────────────────────────────────────────────────

const join = (at: string, key: string): string => (at ? (key.startsWith('[') ? `${at}${key}` : `${at}.${key}`) : key);

function object(value: unknown, at: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ChartFieldError(at, 'must be an object');
  return value as Json;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new ChartFieldError(at, 'must be a list');
  return value;
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new ChartFieldError(at, 'must be a string');
  return value;
}

function label(value: unknown, at: string): string {
  // Labels are strings in the format, but a hand-written chart may say 42 instead of "42".
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = string(value, at).trim();
  if (!text) throw new ChartFieldError(at, 'must not be empty');
  return text;
}

function optionalLabel(row: Json, key: string, at: string): Record<string, string> {
  return row[key] === undefined || row[key] === null ? {} : { [key]: label(row[key], join(at, key)) };
}

function positive(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new ChartFieldError(at, 'must be a positive number');
  return value;
}

function range(value: unknown, at: string): NumberRange {
  const list = array(value, at);
  if (list.length !== 2) throw new ChartFieldError(at, 'must be [min, max]');
  const min = positive(list[0], `${at}[0]`);
  const max = positive(list[1], `${at}[1]`);
  if (min > max) throw new ChartFieldError(`${at}[1]`, `max ${max} is below min ${min}`);
  return [min, max];
}
