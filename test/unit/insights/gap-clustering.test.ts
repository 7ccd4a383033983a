import { describe, expect, it } from 'vitest';
import { questionFeatures, questionKey } from '../../../server/src/insights/gaps/question-features.js';
import { clusterQuestions } from '../../../server/src/insights/gaps/cluster-questions.js';
import { clusterGapQuestions, withoutIdentifiers } from '../../../server/src/insights/gaps/knowledge-gaps.js';
import type { GapQuestion } from '../../../server/src/insights/gaps/gap-questions.js';

const q = (locale: string, text: string, minute = 0): GapQuestion => ({
  conversationId: `c-${locale}-${minute}-${text.length}`, askedAt: new Date(Date.UTC(2026, 10, 10, 9, minute)), locale, intent: 'returns', answerability: 0.1, text,
});

describe('question features', () => {
  it('meet across languages through lexicon concepts', () => {
    expect(questionFeatures('When will I get my refund?', 'en').has('c:refund')).toBe(true);
    expect(questionFeatures('¿Cuándo recibiré el reembolso?', 'es').has('c:refund')).toBe(true);
    expect(questionFeatures('返金はいつになりますか？', 'ja').has('c:refund')).toBe(true);
  });

  it('leave out order numbers and stopwords; CJK text becomes bigrams', () => {
    const bag = questionFeatures('Where is my order #2025?', 'en');
    expect([...bag.keys()].some((k) => /\d/.test(k))).toBe(false);
    expect(bag.has('w:wher')).toBe(false);
    expect([...questionFeatures('可以礼品包装吗', 'zh-CN').keys()].filter((k) => k.startsWith('b:'))).toContain('b:包装');
    expect(questionKey('Where is my order #2025?')).toBe(questionKey('where is my ORDER #1001?'));
  });
});

describe('clustering', () => {
  it('groups the same question in several languages and keeps other topics apart', () => {
    const clusters = clusterGapQuestions([
      q('en', 'When will I get my refund?', 1), q('en', 'When will I get my refund?', 2), q('de', 'Wann bekomme ich mein Geld zurück?', 3),
      q('es', '¿Cuándo recibiré el reembolso?', 4), q('fr', 'Quand vais-je être remboursé ?', 5),
      q('en', 'Do your boots run small?', 6), q('de', 'Fallen die Stiefel klein aus?', 7),
    ], 'en');
    expect(clusters[0]).toMatchObject({ label: 'When will I get my refund?', count: 5 });
    expect(clusters[0]!.languages.map((l) => l.locale)).toEqual(['en', 'de', 'es', 'fr']);
    expect(clusters[0]!.examples.map((e) => e.locale)).toEqual(['fr', 'es', 'de', 'en']); // one per language, most recent first
    expect(clusters[1]).toMatchObject({ label: 'Do your boots run small?', count: 2 });
  });

  it('labels a topic in the store language when one of its common phrasings is', () => {
    const clusters = clusterGapQuestions([q('de', 'Wann bekomme ich mein Geld zurück?', 1), q('de', 'Wann bekomme ich mein Geld zurück?', 2), q('en', 'When do I get my refund?', 3)], 'en');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.label).toBe('When do I get my refund?');
  });

  it('labels topics without order numbers', () => {
    expect(withoutIdentifiers('Where is my order #M1002?')).toBe('Where is my order #…?');
    expect(withoutIdentifiers('Order 114-8163052-2947310 has not arrived')).toBe('Order #… has not arrived');
    expect(withoutIdentifiers('I am 178 cm, which size?')).toBe('I am 178 cm, which size?');
    const clusters = clusterGapQuestions([q('en', 'Where is my order #2025?', 1), q('en', 'Where is my order #2031?', 2)], 'en');
    expect(clusters[0]).toMatchObject({ label: 'Where is my order #…?', count: 2 });
  });

  it('does not join questions below the similarity threshold', () => {
    const inputs = [
      { key: 'a', features: new Map([['x', 1]]), count: 1 },
      { key: 'b', features: new Map([['y', 1]]), count: 1 },
      { key: 'c', features: new Map([['x', 1], ['y', 1]]), count: 3 },
    ];
    expect(clusterQuestions(inputs, 0.99).map((c) => c.members)).toEqual([[2], [0], [1]]);
    expect(clusterQuestions(inputs, 0.5).map((c) => c.members.sort())).toEqual([[0, 1, 2]]);
  });
});
