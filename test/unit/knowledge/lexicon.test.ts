import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../../server/src/knowledge/lexicon/concepts.js';
import { LEXICON_LANGUAGES, defaultLexicon } from '../../../server/src/knowledge/lexicon/lexicon.js';
import { withinEditDistance } from '../../../server/src/knowledge/lexicon/edit-distance.js';

const lexicon = defaultLexicon();
const concepts = (text: string, fuzzy = false) => lexicon.concepts(text, { fuzzy });

describe('lexicon', () => {
  it('names every concept in all nine article languages', () => {
    for (const concept of CONCEPTS) {
      for (const language of LEXICON_LANGUAGES.filter((l) => l !== 'ko')) expect(concept[language], `${concept.id} ${language}`).toBeTruthy();
    }
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
  });

  it.each([
    ['How do I get a refund?', 'refund'],
    ['¿Cuándo me devuelven el reembolso?', 'refund'],
    ['Wann bekomme ich meine Erstattung?', 'refund'],
    ['Quand serai-je remboursé ?', 'refund'],
    ['Quando arriva il rimborso?', 'refund'],
    ['Quando recebo o reembolso?', 'refund'],
    ['Wanneer wordt het terugbetaald?', 'refund'],
    ['返金はいつですか', 'refund'],
    ['退款多久到账', 'refund'],
    ['退货政策', 'return'],
    ['返品したい', 'return'],
    ['Rücksendung', 'return'],
    ['Zollgebühren', 'customs'],
    ['Versandkosten', 'shipping'],
  ])('%s → %s', (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  it('prefers the longest match: a gift card is not a gift, and 払い戻し is not a payment', () => {
    expect(concepts('gift card balance')).toEqual(['gift_card']);
    expect(concepts('carte cadeau')).toEqual(['gift_card']);
    expect(concepts('払い戻し')).toEqual(['refund']);
    expect(concepts('ギフトカード')).toEqual(['gift_card']);
  });

  it('tolerates typos in queries only', () => {
    expect(concepts('retrun my shoes', true)).toContain('return');
    expect(concepts('retrun my shoes', false)).not.toContain('return');
    expect(concepts('shiping cost', true)).toContain('shipping');
    // The first letter is never a typo: "weather" is not "leather".
    expect(concepts('weather', true)).not.toContain('material');
  });

  it('keeps false friends to their own language when the language is known', () => {
    const pt = new Set(['pt' as const]);
    expect(lexicon.concepts('eu quero devolver', { languages: pt })).toEqual(['return']);
    expect(lexicon.concepts('EU customs', { languages: new Set(['en' as const]) })).toContain('country_eu');
  });

  it('measures edit distance with transpositions', () => {
    expect(withinEditDistance('retrun', 'return', 1)).toBe(true);
    expect(withinEditDistance('refnud', 'refund', 1)).toBe(true);
    expect(withinEditDistance('refund', 'rotund', 1)).toBe(false);
  });
});
