import { describe, expect, it } from 'vitest';
import { isoInZone, shiftKeepingOffset } from '../../../server/src/commerce/actions/instants.js';

describe('instants that keep their offset', () => {
  it('adds hours across midnight in the source offset', () => {
    expect(shiftKeepingOffset('2026-11-20T23:30:00+08:00', 2 * 3_600_000)).toBe('2026-11-21T01:30:00+08:00');
    expect(shiftKeepingOffset('2026-03-31T22:00:00-05:30', 3 * 3_600_000)).toBe('2026-04-01T01:00:00-05:30');
    expect(shiftKeepingOffset('2026-11-20T10:00:00Z', 30 * 86_400_000)).toBe('2026-12-20T10:00:00Z');
  });

  it('writes an instant in a zone with that day’s offset (DST included)', () => {
    expect(isoInZone(new Date('2026-11-20T10:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-20T18:00:00+08:00');
    expect(isoInZone(new Date('2026-11-20T10:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-20T02:00:00-08:00');
    expect(isoInZone(new Date('2026-07-01T10:00:00Z'), 'America/Los_Angeles')).toBe('2026-07-01T03:00:00-07:00');
    expect(isoInZone(new Date('2026-11-20T10:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-20T15:30:00+05:30');
    expect(isoInZone(new Date('2026-11-20T10:00:00Z'), 'UTC')).toBe('2026-11-20T10:00:00+00:00');
  });
});
