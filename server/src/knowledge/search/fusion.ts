/**
 * Reciprocal-rank fusion: each channel votes weight / (k + rank) for its candidates. Ranks, not raw
 * scores, are fused because the channels' scores are not comparable (idf sums, cosine, trigram).
 * Weights and k are per store (settings.knowledge), so a store with a real embedding model can lean
 * on the vector channel and one with many product codes on full text.
 */
import type { ChannelHit } from './channels.js';

export const CHANNELS = ['fulltext', 'vector', 'trigram'] as const;
export type ChannelName = (typeof CHANNELS)[number];

export interface FusionSettings {
  weights: Record<ChannelName, number>;
  /** Rank offset: larger k flattens the difference between rank 1 and rank 10. */
  k: number;
}

export const DEFAULT_FUSION: FusionSettings = { weights: { fulltext: 1, vector: 1, trigram: 0.5 }, k: 20 };

export interface ChannelVote {
  rank: number;
  score: number;
}

export interface FusedHit {
  id: string;
  articleId: string;
  locale: string;
  score: number;
  channels: Partial<Record<ChannelName, ChannelVote>>;
}

export function reciprocalRankFusion(lists: Partial<Record<ChannelName, readonly ChannelHit[]>>, settings: FusionSettings): FusedHit[] {
  const fused = new Map<string, FusedHit>();
  for (const channel of CHANNELS) {
    const weight = settings.weights[channel];
    const hits = lists[channel];
    if (!hits || weight <= 0) continue;
    hits.forEach((hit, index) => {
      const rank = index + 1;
      const entry = fused.get(hit.id) ?? { id: hit.id, articleId: hit.articleId, locale: hit.locale, score: 0, channels: {} };
      entry.score += weight / (settings.k + rank);
      entry.channels[channel] = { rank, score: hit.score };
      fused.set(hit.id, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

/** The best fused score possible (first in every channel), to report scores on a 0..1 scale. */
export function maxFusedScore(settings: FusionSettings): number {
  return CHANNELS.reduce((sum, c) => sum + Math.max(0, settings.weights[c]) / (settings.k + 1), 0) || 1;
}

/** Reads settings.knowledge.fusion from a store's settings, falling back per field to the defaults. */
export function fusionSettingsFrom(raw: unknown): FusionSettings {
  const input = (raw ?? {}) as { weights?: Partial<Record<ChannelName, unknown>>; k?: unknown };
  const weight = (c: ChannelName) => {
    const v = Number(input.weights?.[c]);
    return Number.isFinite(v) && v >= 0 && v <= 10 ? v : DEFAULT_FUSION.weights[c];
  };
  const k = Number(input.k);
  return {
    weights: { fulltext: weight('fulltext'), vector: weight('vector'), trigram: weight('trigram') },
    k: Number.isFinite(k) && k >= 1 && k <= 200 ? k : DEFAULT_FUSION.k,
  };
}
