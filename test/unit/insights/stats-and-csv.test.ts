import { describe, expect, it } from 'vitest';
import { durationStats, median, percentile, rate } from '../../../server/src/insights/reports/stats.js';
import { toCsv } from '../../../server/src/insights/reports/csv.js';

describe('report statistics', () => {
  it('median of odd and even counts; nearest-rank p90', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5, 7], 90)).toBe(7);
    expect(percentile([4], 90)).toBe(4);
  });

  it('rounds durations to a tenth of a minute and rates to four places', () => {
    expect(durationStats([10, 20.04, 30])).toEqual({ count: 3, median: 20, p90: 30, mean: 20 });
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null, mean: null });
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes separators and neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(['reason', 'count'], [['=HYPERLINK("x")', 1], ['a, "b"', -2], ['@sum', null], ['-1+1', 3]]);
    expect(csv).toBe(`reason,count\r\n"'=HYPERLINK(""x"")",1\r\n"a, ""b""",-2\r\n'@sum,\r\n'-1+1,3\r\n`);
  });
});
