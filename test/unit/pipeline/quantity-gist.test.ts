import { describe, expect, it } from 'vitest';
import { quantityGist } from '../../../server/src/pipeline/compose/quantity-gist.js';
import { countryNamedIn, countryOfCurrencyIn } from '../../../server/src/pipeline/catalog/market-words.js';

describe('the quantity restated over a foreign-language passage', () => {
  it('says the one duration of the passage in the shopper language', () => {
    expect(quantityGist('Gift cards are valid for 3 years from the date of purchase.', ['duration'], 'fr')).toBe('En bref : 3 ans.');
    expect(quantityGist('You can cancel within 1 hour of placing it.', ['duration'], 'it')).toBe('In breve: 1 ora.');
    expect(quantityGist('You can cancel within 1 hour of placing it.', ['duration'], 'ja')).toBe('要点：1時間');
    expect(quantityGist('Refunds take 5–10 business days.', ['duration'], 'de')).toBe('Kurz gesagt: 5–10 Werktage.');
  });

  it('says a single price in the shopper currency format', () => {
    expect(quantityGist('Express always costs €15.', ['price'], 'de')).toMatch(/^Kurz gesagt: 15,00\s€\.$/);
  });

  it('restates a time limit even when the question did not ask for one, but never a guess between two', () => {
    expect(quantityGist('Changes are possible within 1 hour of ordering.', [], 'es')).toBe('En resumen: 1 hora.');
    expect(quantityGist('Cards take 5 days, bank transfers 7 days.', ['duration'], 'fr')).toBeUndefined();
    expect(quantityGist('No numbers here.', ['duration'], 'fr')).toBeUndefined();
  });
});

describe('where the shopper is, from places and currencies', () => {
  it('maps states, provinces and cities to their country', () => {
    expect(countryNamedIn('I live in Ohio')).toBe('US');
    expect(countryNamedIn('how long does shipping to texas take?')).toBe('US');
    expect(countryNamedIn('Ich wohne in Köln')).toBe('DE');
    expect(countryNamedIn('je suis à Toronto')).toBe('CA');
    expect(countryNamedIn('Which size should I take?')).toBeUndefined();
  });

  it('reads a single-country currency, not the euro', () => {
    expect(countryOfCurrencyIn('I already paid A$1118')).toBe('AU');
    expect(countryOfCurrencyIn('it was ¥13,900')).toBe('JP');
    expect(countryOfCurrencyIn('I paid €80')).toBeUndefined();
  });
});
