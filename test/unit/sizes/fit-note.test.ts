import { describe, expect, it } from 'vitest';
import { parseFitNote } from '../../../server/src/commerce/sizes/index.js';

describe('parseFitNote', () => {
  it.each([
    ['Runs small — size up', 1],
    ['Runs small', 1],
    ['Runs a size small.', 1],
    ['Runs half a size small', 0.5],
    ['Runs half a size small — order half a size up from your usual size.', 0.5],
    ['Fits small. We suggest going up a size, particularly if you wear it over a sweater.', 1],
    ['Runs large — size down', -1],
    ['Runs big; order one size down.', -1],
    ['Runs half a size large', -0.5],
    ['True to size', 0],
    ['Relaxed fit', 0],
    ['size down if between sizes', 0],
    ['Runs large — size down if you are between sizes.', 0],
    ['Runs small across the shoulders.', 0],
  ])('%s → shift %d', (note, shift) => {
    expect(parseFitNote(note).shift).toBe(shift);
  });

  it('keeps conditional advice for ties only', () => {
    expect(parseFitNote('Size down if between sizes')).toMatchObject({ shift: 0, ifBetween: 'smaller', recognized: true });
    expect(parseFitNote('If you are between sizes, size up.')).toMatchObject({ shift: 0, ifBetween: 'larger' });
    expect(parseFitNote('Runs large — size down if you are between sizes.')).toMatchObject({ runs: 'large', ifBetween: 'smaller' });
  });

  it('reads the direction a "runs small/large" note leans when sizes tie', () => {
    expect(parseFitNote('Runs small').ifBetween).toBe('larger');
    expect(parseFitNote('Runs big').ifBetween).toBe('smaller');
    expect(parseFitNote('True to size').ifBetween).toBeUndefined();
  });

  it('records areas, and does not shift when only some areas run small', () => {
    expect(parseFitNote('Runs small in the bust and hips — size up if you are between sizes.')).toMatchObject({
      shift: 0,
      runs: 'small',
      areas: ['bust', 'hip'],
      ifBetween: 'larger',
    });
  });

  it('separates optional reasons to size up from the fit itself', () => {
    expect(parseFitNote('Trim cut. Size up for a relaxed fit.')).toMatchObject({ shift: 0, cut: 'slim', sizeUpFor: ['relaxed_fit'] });
    expect(parseFitNote('Athletic fit — size up if you plan to layer a fleece underneath.')).toMatchObject({
      shift: 0,
      cut: 'slim',
      sizeUpFor: ['layering'],
    });
    // "especially if" stresses the advice rather than making it conditional.
    expect(parseFitNote('Runs small — we recommend sizing up, especially if you layer.')).toMatchObject({
      shift: 1,
      sizeUpFor: ['layering'],
    });
  });

  it('reads the cut', () => {
    expect(parseFitNote('Relaxed fit, true to size.')).toMatchObject({ runs: 'true_to_size', cut: 'relaxed', shift: 0 });
    expect(parseFitNote('Regular fit.').cut).toBe('regular');
    expect(parseFitNote('Slim, next-to-skin fit.').cut).toBe('slim');
  });

  it('marks notes it cannot read as unrecognized and neutral', () => {
    expect(parseFitNote('Machine wash cold.')).toEqual({ shift: 0, areas: [], sizeUpFor: [], recognized: false });
    expect(parseFitNote(undefined).recognized).toBe(false);
    expect(parseFitNote('').recognized).toBe(false);
  });
});

describe('advice addressed to some shoppers only', () => {
  it('does not shift everyone for "wide feet should size up"', () => {
    const fit = parseFitNote('True to size with room for a thicker sock; wide feet should size up.');
    expect(fit.shift).toBe(0);
  });
  it('does not shift everyone for "women usually take one size smaller"', () => {
    expect(parseFitNote('Unisex and roomy; women usually take one size smaller than their usual size.').shift).toBe(0);
  });
  it('still shifts for unconditional advice', () => {
    expect(parseFitNote('Runs small — size up.').shift).toBe(1);
  });
});
