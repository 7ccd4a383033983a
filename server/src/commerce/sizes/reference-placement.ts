/**
 * Reads a size the shopper wears elsewhere ("EU 42", "US women's 8") against a chart. The chart's
 * own labels come first; the generic shoe table is used only when the chart lacks the shopper's
 * system (or gender), and every reading carries a caveat that brands differ.
 */
import { convertLabel, labelRows } from './convert-label.js';
import { labelNumber, locateInColumn, parseLabel } from './label-match.js';
import { bounds, fromColumnPosition, placeOnPoints, type Placement } from './placement.js';
import type { SizeReason, SizeReference } from './recommendation-types.js';
import { standardFootLengthMm, type StandardShoeSystem } from './standard-shoe-sizes.js';
import { chartGender, chartKind, type Gender, type LabelSystem, type ShoeRow, type SizeChart, type SockRow } from './types.js';

export function placeReference(chart: SizeChart, reference: SizeReference, reasons: SizeReason[]): Placement | undefined {
  const kind = chartKind(chart);
  const forChart = chartGender(chart);
  const { system, value } = reference;
  const footwear = kind === 'shoe' || kind === 'socks';

  // A women's US size against a men's chart (or the reverse) is a different scale.
  if (kind === 'shoe' && system === 'US' && reference.gender && forChart && reference.gender !== forChart) {
    return viaStandardTable(chart, reference, reference.gender, reasons);
  }

  const womens = womensEquivalent(chart, reference);
  if (womens) {
    reasons.push({ code: 'reference_converted', system, value, sizes: [sizeOf(labelRows(chart)[womens.index]!)] });
    return womens;
  }

  const conversion = convertLabel(chart, reference);
  const rows = labelRows(chart);
  switch (conversion.kind) {
    case 'found':
      reasons.push({ code: 'reference_converted', system, value, sizes: [conversion.size] });
      return { kind: 'single', index: rows.indexOf(conversion.row) };
    case 'ambiguous': {
      if (kind === 'socks' && system === 'US' && !reference.gender) {
        reasons.push({ code: 'needs_gender', system, value });
        return undefined;
      }
      const indexes = conversion.rows.map((r) => rows.indexOf(r));
      const placement = fromColumnPosition({ kind: 'match', indexes, via: 'label' });
      reasons.push(
        placement
          ? { code: 'reference_converted', system, value, sizes: conversion.sizes }
          : { code: 'reference_ambiguous', system, value, sizes: conversion.sizes },
      );
      return placement;
    }
    case 'not_in_chart':
      break;
  }

  if (conversion.reason === 'system_not_in_chart') {
    if (!footwear) {
      reasons.push({ code: 'reference_system_not_in_chart', system });
      return undefined;
    }
    const gender = reference.gender ?? forChart;
    if (gender) return viaStandardTable(chart, reference, gender, reasons);
    // Unisex chart, unknown gender: usable only if men's and women's readings agree.
    const asMen = viaStandardTable(chart, reference, 'men', []);
    const asWomen = viaStandardTable(chart, reference, 'women', []);
    if (asMen && asWomen && bounds(asMen).join() === bounds(asWomen).join()) {
      const footLengthMm = standardFootLengthMm(standardSystem(system), labelNumber(value) ?? 0, 'men') ?? 0;
      reasons.push({ code: 'standard_table_used', system, value, footLengthMm });
      return asMen;
    }
    reasons.push({ code: 'needs_gender', system, value });
    return undefined;
  }
  if (conversion.between) {
    const { smaller, larger } = conversion.between;
    reasons.push({ code: 'reference_between_sizes', system, value, smaller: sizeOf(smaller), larger: sizeOf(larger) });
    return { kind: 'between', lower: rows.indexOf(smaller), upper: rows.indexOf(larger) };
  }
  if (conversion.beyond) {
    const { side, nearest } = conversion.beyond;
    reasons.push({ code: 'reference_beyond_chart', system, value, side, nearest: sizeOf(nearest) });
    return { kind: side === 'below_smallest' ? 'below' : 'above', index: rows.indexOf(nearest) };
  }
  reasons.push({ code: 'reference_not_in_chart', system, value });
  return undefined;
}

const standardSystem = (system: LabelSystem): StandardShoeSystem => (system === 'size' ? 'US' : system);

const sizeOf = (row: { size?: string; US?: string }): string => row.size ?? row.US ?? '';

/**
 * Interprets the shopper's size with the generic table, then reads it against the chart's JP
 * column (JP is foot length in cm) or, lacking that, its foot lengths.
 */
function viaStandardTable(chart: SizeChart, reference: SizeReference, gender: Gender, reasons: SizeReason[]): Placement | undefined {
  const { system, value } = reference;
  const number = labelNumber(value);
  const footLengthMm = number === undefined ? undefined : standardFootLengthMm(standardSystem(system), number, gender);
  if (footLengthMm === undefined) {
    reasons.push({ code: 'reference_not_in_chart', system, value });
    return undefined;
  }
  reasons.push({ code: 'standard_table_used', system, value, gender, footLengthMm });
  const rows = chart.rows as (ShoeRow | SockRow)[];
  const jpColumn = rows.map((r) => r.JP);
  if (jpColumn.some((v) => v !== undefined)) {
    return fromColumnPosition(locateInColumn(jpColumn, String(footLengthMm / 10)));
  }
  if (chartKind(chart) === 'shoe') {
    return placeOnPoints(
      (rows as ShoeRow[]).map((r) => r.foot_length_mm),
      footLengthMm,
    );
  }
  return undefined;
}

const WOMENS_NOTE = /\(\s*women'?s\s+([^)]+)\)/i;

/**
 * A unisex chart that notes women's equivalents ("S (women's M)", "46 (women's 40)"): a woman's size
 * is read against those notes, so a women's M is our S rather than our M.
 */
function womensEquivalent(chart: SizeChart, reference: SizeReference): Extract<Placement, { kind: 'single' }> | undefined {
  if (chartGender(chart) !== undefined || reference.gender !== 'women' || chartKind(chart) !== 'measured') return undefined;
  const column = reference.system === 'size' ? 'US' : reference.system;
  const wanted = parseLabel(reference.value)?.main;
  if (!wanted) return undefined;
  const rows = labelRows(chart) as unknown as Array<Record<string, unknown>>;
  const index = rows.findIndex((row) => {
    const note = typeof row[column] === 'string' ? WOMENS_NOTE.exec(row[column] as string)?.[1] : undefined;
    const label = note ? parseLabel(note)?.main : undefined;
    if (!label) return false;
    if (label.kind === 'word' && wanted.kind === 'word') return label.text === wanted.text;
    if (label.kind === 'number' && wanted.kind === 'number') return wanted.min >= label.min && wanted.max <= label.max;
    return false;
  });
  return index >= 0 ? { kind: 'single', index } : undefined;
}
