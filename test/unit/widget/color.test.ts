import { describe, expect, it } from 'vitest';
import { contrast, readableOn, textOn } from '../../../widget/src/color.js';

describe('brand colours with WCAG AA contrast', () => {
  const brands = ['#1f5f8b', '#0b6e4f', '#ffd400', '#ff6f61', '#ffffff', '#000000', '#7fdbff', '#e91e63', '#9e9e9e', '#3ddc84'];

  it('puts white or near-black text on any brand colour at 4.5:1 or better', () => {
    for (const brand of brands) expect(contrast(textOn(brand), brand), brand).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#ffd400')).not.toBe('#ffffff');
    expect(textOn('#1f5f8b')).toBe('#ffffff');
  });

  it('darkens the brand colour just enough for links and focus rings on white', () => {
    for (const brand of brands) expect(contrast(readableOn(brand), '#ffffff'), brand).toBeGreaterThanOrEqual(4.5);
    expect(readableOn('#1f5f8b')).toBe('#1f5f8b'); // already fine: unchanged
  });

  it('computes the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
