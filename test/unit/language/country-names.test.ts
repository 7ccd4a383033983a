import { describe, expect, it } from 'vitest';
import { countryName, findCountry } from '../../../server/src/pipeline/geo/country-names.js';

describe('country names in shopper messages', () => {
  it.each([
    ['¿Hacen envíos a México?', 'MX'],
    ['do you ship to the UK?', 'GB'],
    ['Liefert ihr nach Österreich?', 'AT'],
    ['livrez-vous en Belgique ?', 'BE'],
    ['verzenden jullie naar België?', 'BE'],
    ['能寄到新加坡吗', 'SG'],
    ['メキシコに発送できますか', 'MX'],
    ['Ship to Papua New Guinea?', 'PG'],
    ['I live in Germany', 'DE'],
  ])('%s → %s', (text, code) => {
    expect(findCountry(text)).toBe(code);
  });

  it('does not read countries into ordinary words', () => {
    expect(findCountry('can you contact us about my order')).toBeUndefined();
    expect(findCountry('is the jersey in stock in size M?')).toBeUndefined();
    expect(findCountry('where is my parcel')).toBeUndefined();
  });

  it('names a country in the shopper’s language', () => {
    expect(countryName('MX', 'es')).toBe('México');
    expect(countryName('DE', 'ja')).toBe('ドイツ');
  });
});
