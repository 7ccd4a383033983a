/**
 * Converts a size label between systems through one chart: "EU 42" → the chart row that says
 * EU 42, with its US/UK/JP/CN labels. Only what the chart says; no generic tables here.
 */
import { locateInColumn, type ColumnPosition } from './label-match.js';
import {
  chartKind,
  rowSizeLabel,
  type Gender,
  type LabelConversionRow,
  type LabelSystem,
  type MeasuredChart,
  type ShoeRow,
  type SizeChart,
  type SockRow,
} from './types.js';

/** A chart row with every label the chart knows for that size. */
export type LabelRow = LabelConversionRow | ShoeRow | SockRow;

export interface LabelQuery {
  system: LabelSystem;
  value: string;
  /** Needed only where a chart has gendered columns (US sock sizes). */
  gender?: Gender;
}

export type LabelConversion =
  | { kind: 'found'; system: LabelSystem; value: string; size: string; row: LabelRow; via: 'label' | 'alternative' }
  | { kind: 'ambiguous'; system: LabelSystem; value: string; sizes: string[]; rows: LabelRow[] }
  | {
      kind: 'not_in_chart';
      system: LabelSystem;
      value: string;
      reason: 'system_not_in_chart' | 'value_not_in_chart' | 'unreadable_value';
      /** For numeric sizes that fall between two rows ("EU 41.5"). */
      between?: { smaller: LabelRow; larger: LabelRow };
      /** For numeric sizes beyond the chart: the end row nearest to them. */
      beyond?: { side: 'below_smallest' | 'above_largest'; nearest: LabelRow };
    };

/** The label rows of a chart, one per size, in chart order. */
export function labelRows(chart: SizeChart): LabelRow[] {
  if (chartKind(chart) !== 'measured') return chart.rows as LabelRow[];
  const measured = chart as MeasuredChart;
  return measured.rows.map((row) => measured.label_conversions?.find((c) => c.size === row.size) ?? { size: row.size });
}

export function convertLabel(chart: SizeChart, query: LabelQuery): LabelConversion {
  const rows = labelRows(chart);
  const columns = columnsFor(chart, rows, query);
  const base = { system: query.system, value: query.value };
  if (columns.length === 0) return { kind: 'not_in_chart', ...base, reason: 'system_not_in_chart' };

  const positions = columns.map((column) => locateInColumn(column, query.value));
  if (positions.every((p) => p.kind === 'unreadable')) return { kind: 'not_in_chart', ...base, reason: 'unreadable_value' };

  const matches = positions.filter((p): p is Extract<ColumnPosition, { kind: 'match' }> => p.kind === 'match');
  const indexes = [...new Set(matches.flatMap((m) => m.indexes))].sort((a, b) => a - b);
  const matched = indexes.map((i) => rows[i]).filter((r): r is LabelRow => r !== undefined);
  const [only] = matched;
  if (matched.length === 1 && only) {
    const via = matches.some((m) => m.via === 'label') ? 'label' : 'alternative';
    return { kind: 'found', ...base, size: rowSizeLabel(only), row: only, via };
  }
  if (matched.length > 1) return { kind: 'ambiguous', ...base, sizes: matched.map(rowSizeLabel), rows: matched };

  // Only one column can place a number unambiguously; with two (gendered) columns we do not guess.
  const [position] = positions;
  const notFound = { kind: 'not_in_chart' as const, ...base, reason: 'value_not_in_chart' as const };
  if (positions.length !== 1 || !position) return notFound;
  if (position.kind === 'between') {
    const smaller = rows[position.lower];
    const larger = rows[position.upper];
    return smaller && larger ? { ...notFound, between: { smaller, larger } } : notFound;
  }
  if (position.kind === 'below' || position.kind === 'above') {
    const nearest = rows[position.kind === 'below' ? position.first : position.last];
    const side = position.kind === 'below' ? 'below_smallest' : 'above_largest';
    return nearest ? { ...notFound, beyond: { side, nearest } } : notFound;
  }
  return notFound;
}

/** The column(s) holding a system's labels; empty when the chart does not publish that system. */
function columnsFor(chart: SizeChart, rows: LabelRow[], query: LabelQuery): (string | undefined)[][] {
  const pick = (key: string): (string | undefined)[] | undefined => {
    const column = rows.map((row) => (row as unknown as Record<string, string | undefined>)[key]);
    return column.some((v) => v !== undefined) ? column : undefined;
  };
  const kind = chartKind(chart);
  let keys: string[];
  if (query.system === 'size') keys = [kind === 'shoe' ? 'US' : 'size'];
  else if (kind === 'socks' && query.system === 'US') {
    keys = query.gender ? [query.gender === 'men' ? 'US_mens' : 'US_womens'] : ['US_mens', 'US_womens'];
  } else keys = [query.system];
  return keys.map(pick).filter((c): c is (string | undefined)[] => c !== undefined);
}
