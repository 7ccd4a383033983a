import { describe, expect, it } from 'vitest';
import { extractAnswer } from '../../../server/src/knowledge/search/extract.js';
import { defaultLexicon } from '../../../server/src/knowledge/lexicon/lexicon.js';

const lexicon = defaultLexicon();

describe('extractAnswer', () => {
  const passage = [
    'We inspect returns within 3 business days of receiving them.',
    'Once approved, we refund the items to your original payment method.',
    'Original shipping costs are not refunded unless the item was damaged.',
  ].join(' ');

  it('quotes the sentences that answer, not the whole passage', () => {
    const text = extractAnswer(passage, 'Are shipping costs refunded?', lexicon, 120);
    expect(text).toContain('Original shipping costs are not refunded');
    expect(text).not.toContain('We inspect returns');
  });

  it('quotes a table row with its header, also for a question in another language', () => {
    const table = 'Pick the size by foot length.\n\n| US | EU | Foot length (mm) |\n| 8 | 41 | 255 |\n| 9 | 42.5 | 265 |\n| 10 | 44 | 275 |';
    const text = extractAnswer(table, 'Quelle pointure EU pour un 42.5 ?', lexicon, 80);
    expect(text.split('\n')[0]).toBe('| US | EU | Foot length (mm) |');
    expect(text).toContain('| 9 | 42.5 | 265 |');
  });

  it('falls back to the beginning when nothing overlaps', () => {
    expect(extractAnswer(passage, '???', lexicon, 70)).toBe('We inspect returns within 3 business days of receiving them.');
  });
});
