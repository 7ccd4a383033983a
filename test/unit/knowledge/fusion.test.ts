import { describe, expect, it } from 'vitest';
import { DEFAULT_FUSION, fusionSettingsFrom, maxFusedScore, reciprocalRankFusion } from '../../../server/src/knowledge/search/fusion.js';
import { answerability } from '../../../server/src/knowledge/search/answerability.js';
import { candidateGroups } from '../../../server/src/knowledge/search/channels.js';

const hit = (id: string, score = 1) => ({ id, articleId: `article-${id}`, locale: 'en', score });

describe('reciprocal-rank fusion', () => {
  it('rewards agreement between channels over a single first place', () => {
    const fused = reciprocalRankFusion({ fulltext: [hit('a'), hit('b')], vector: [hit('c'), hit('b')] }, DEFAULT_FUSION);
    expect(fused[0]!.id).toBe('b');
    expect(fused[0]!.channels).toEqual({ fulltext: { rank: 2, score: 1 }, vector: { rank: 2, score: 1 } });
  });

  it('follows per-store weights; a zero weight silences a channel', () => {
    const lists = { fulltext: [hit('a')], vector: [hit('b')] };
    const vectorFirst = fusionSettingsFrom({ weights: { fulltext: 0.5, vector: 2 } });
    expect(reciprocalRankFusion(lists, vectorFirst)[0]!.id).toBe('b');
    expect(reciprocalRankFusion(lists, fusionSettingsFrom({ weights: { vector: 0 } })).map((h) => h.id)).toEqual(['a']);
  });

  it('reads settings defensively and scores on a 0..1 scale', () => {
    expect(fusionSettingsFrom({ weights: { fulltext: 'x', vector: -1 }, k: 0 })).toEqual(DEFAULT_FUSION);
    expect(fusionSettingsFrom(null)).toEqual(DEFAULT_FUSION);
    const best = reciprocalRankFusion({ fulltext: [hit('a')], vector: [hit('a')], trigram: [hit('a')] }, DEFAULT_FUSION)[0]!;
    expect(best.score / maxFusedScore(DEFAULT_FUSION)).toBeCloseTo(1);
  });

  it('generates full-text candidates from the rarest terms within a budget', () => {
    const groups = [
      { terms: ['order'], weight: 0.2, df: 90_000, source: 'word' as const },
      { terms: ['giftcard'], weight: 4, df: 120, source: 'word' as const },
      { terms: ['c_expiry'], weight: 3, df: 200, source: 'concept' as const },
    ];
    expect(candidateGroups(groups).map((g) => g.terms[0])).toEqual(['giftcard', 'c_expiry']);
    expect(candidateGroups([groups[0]!]).map((g) => g.terms[0])).toEqual(['order']);
  });
});

describe('answerability', () => {
  it('separates a covered, agreed answer from a weak match', () => {
    const strong = answerability({ coverage: 1, vector: 0.5, agreement: 1 });
    const weak = answerability({ coverage: 0.2, vector: 0.15, agreement: 0 });
    expect(strong.answerable).toBe(true);
    expect(weak.answerable).toBe(false);
    expect(strong.score).toBeGreaterThan(0.9);
    expect(weak.score).toBeLessThan(0.2);
  });
});
