/**
 * Groups similar questions. Features are weighted by inverse document frequency over the questions
 * being clustered (a concept every question shares says little), then questions join the most similar
 * existing cluster — most asked first, so clusters grow around common phrasings — when the cosine
 * similarity with its centroid reaches the threshold, and start a new one otherwise. Clusters whose
 * centroids end up that similar are then joined.
 */
import type { FeatureBag } from './question-features.js';

export interface ClusterInput {
  key: string;
  features: FeatureBag;
  /** How many times this exact question was asked. */
  count: number;
}

export interface QuestionCluster {
  /** Indexes into the input, most asked first. */
  members: number[];
  count: number;
  /** The strongest features of the centroid. */
  topFeatures: string[];
}

export const DEFAULT_SIMILARITY = 0.45;
const MIN_CORPUS = 200;

type Vector = Map<string, number>;

function normalize(v: Vector): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm === 0) return v;
  const out: Vector = new Map();
  for (const [k, w] of v) out.set(k, w / norm);
  return out;
}

function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [k, w] of small) sum += w * (large.get(k) ?? 0);
  return sum;
}

export function clusterQuestions(inputs: readonly ClusterInput[], threshold = DEFAULT_SIMILARITY): QuestionCluster[] {
  const df = new Map<string, number>();
  for (const input of inputs) for (const k of input.features.keys()) df.set(k, (df.get(k) ?? 0) + input.count);
  // A small set of questions would make every shared feature look common; count as if there were at least
  // MIN_CORPUS questions so the weights stay sensible on a quiet week.
  const total = Math.max(MIN_CORPUS, inputs.reduce((s, i) => s + i.count, 0));
  const vectors = inputs.map((input) => {
    const v: Vector = new Map();
    for (const [k, w] of input.features) v.set(k, w * Math.log(1 + total / (df.get(k) ?? 1)));
    return normalize(v);
  });

  const order = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.count - inputs[a]!.count || inputs[a]!.key.localeCompare(inputs[b]!.key));
  const clusters: Array<{ members: number[]; count: number; sum: Vector; centroid: Vector }> = [];
  for (const i of order) {
    const v = vectors[i]!;
    if (v.size === 0) continue;
    let best = -1;
    let bestScore = threshold;
    clusters.forEach((c, index) => {
      const score = dot(v, c.centroid);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    const weight = inputs[i]!.count;
    if (best < 0) {
      clusters.push({ members: [i], count: weight, sum: new Map([...v].map(([k, w]) => [k, w * weight])), centroid: v });
      continue;
    }
    const c = clusters[best]!;
    c.members.push(i);
    c.count += weight;
    for (const [k, w] of v) c.sum.set(k, (c.sum.get(k) ?? 0) + w * weight);
    c.centroid = normalize(c.sum);
  }
  // Leader clustering depends on order: join clusters that ended up close to each other.
  for (let merged = true; merged; ) {
    merged = false;
    for (let a = 0; a < clusters.length && !merged; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        if (dot(clusters[a]!.centroid, clusters[b]!.centroid) < threshold) continue;
        const into = clusters[a]!;
        const from = clusters[b]!;
        into.members.push(...from.members);
        into.count += from.count;
        for (const [k, w] of from.sum) into.sum.set(k, (into.sum.get(k) ?? 0) + w);
        into.centroid = normalize(into.sum);
        clusters.splice(b, 1);
        merged = true;
        break;
      }
    }
  }
  return clusters
    .map((c) => ({
      members: c.members,
      count: c.count,
      topFeatures: [...c.centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k]) => k),
    }))
    .sort((a, b) => b.count - a.count);
}
