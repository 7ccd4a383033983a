/**
 * Reads a size the shopper wears elsewhere ("EU 42", "US women's 8") against a chart. The chart's
 * own labels come first; the generic shoe table is used only when the chart lacks the shopper's
 * system (or gender), and every reading carries a caveat that brands differ.
 */
import { convertLabel, labelRows } from './convert-label.js';
import { labelNumber, locateInColumn } from './label-match.js';
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
