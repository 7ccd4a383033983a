import { describe, expect, it } from 'vitest';
import { answerTypesIn, expectedAnswerTypes } from '../../../server/src/knowledge/search/answer-type.js';
import { extractAnswer } from '../../../server/src/knowledge/search/extract.js';
import { defaultLexicon } from '../../../server/src/knowledge/lexicon/lexicon.js';
import { foldForSearch } from '../../../server/src/knowledge/text/normalize.js';

const asks = (q: string) => expectedAnswerTypes(foldForSearch(q));

describe('expected answer types', () => {
  it('knows a question for a duration or a date in the supported languages', () => {
    for (const q of ['How long do I have to cancel?', '¿Cuánto tiempo tarda?', 'Wie lange dauert der Versand?', 'Combien de temps est valable une carte cadeau ?', 'Quanto ci vuole per la consegna?', 'Tot wanneer kan ik betalen?', 'いつ届きますか？', '多久能到？']) {
      expect(asks(q), q).toContain('duration');
    }
  });

  it('knows a question for an amount of money', () => {
    for (const q of ['How much is shipping to Canada?', '¿Cuánto cuesta el envío?', 'Was kostet der Versand?', 'La livraison gratuite à partir de combien ?', 'Wat kost de verzending?', '送料はいくらですか？', '运费多少钱？']) {
      expect(asks(q), q).toContain('price');
    }
  });

  it('asks for nothing in particular when the question is not about a quantity', () => {
    expect(asks('Do you ship to Mexico?')).toEqual([]);
    expect(asks('Is the rain jacket waterproof?')).toEqual([]);
  });

  it('finds durations and prices in sentences, not list numbers or bare numbers', () => {
    expect([...answerTypesIn('You can cancel within 1 hour of ordering.')]).toEqual(['duration']);
    expect([...answerTypesIn('Delivery takes 2–4 giorni lavorativi.')]).toEqual(['duration']);
    expect([...answerTypesIn('Order by Fri 4 December.')]).toEqual(['duration']);
    expect([...answerTypesIn('Standard shipping costs €5.95 below €80.')]).toEqual(['price']);
    expect([...answerTypesIn('1万円以下の荷物は免税です。')]).toEqual(['price']);
    expect([...answerTypesIn('10,000円以下の荷物は免税です。')]).toEqual(['price']);
    expect([...answerTypesIn('1. Go to your account. 2. Pick the order.')]).toEqual([]);
    expect([...answerTypesIn('Free standard shipping for every order.')]).toEqual([]);
  });
});

describe('extraction prefers the sentence holding what was asked', () => {
  const lexicon = defaultLexicon();
  const passage = [
    'Orders to Italy ship from Rotterdam with DHL Paket and a 20-digit tracking number.',
    'Delivery to Italy takes 2–4 business days.',
  ].join('\n\n');

  it('answers "how long" with the duration, not with the sentence that only shares the words', () => {
    expect(extractAnswer(passage, 'How long does delivery to Italy take with DHL?', lexicon, 100)).toBe('Delivery to Italy takes 2–4 business days.');
  });
});
