/**
 * A small multinomial logistic regression over hashed sparse features, trained in-process.
 * Why this and not naive Bayes: its probabilities are usable as confidences (the hand-off logic
 * compares them with thresholds), and training on ~2,000 examples takes well under a second.
 * Deterministic: fixed seed, fixed epoch count, no floating-point races.
 */
import { mulberry32 } from '../../lib/seeded-random.js';

export interface TrainingExample<Label extends string> {
  features: readonly string[];
  label: Label;
}

export interface SoftmaxOptions {
  /** log2 of the hashed feature space. */
  hashBits: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, keeps rare n-grams from dominating. */
  l2: number;
  seed: number;
}

const DEFAULTS: SoftmaxOptions = { hashBits: 18, epochs: 12, learningRate: 3, l2: 1e-5, seed: 7 };

/** FNV-1a, 32 bit: fast, stable across runs and platforms. */
function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class SoftmaxModel<Label extends string> {
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;
  private readonly mask: number;

  private constructor(
    readonly labels: readonly Label[],
    private readonly options: SoftmaxOptions,
  ) {
    this.mask = (1 << options.hashBits) - 1;
    this.weights = new Float32Array((this.mask + 1) * labels.length);
    this.bias = new Float32Array(labels.length);
  }

  static train<Label extends string>(
    labels: readonly Label[],
    examples: ReadonlyArray<TrainingExample<Label>>,
    options: Partial<SoftmaxOptions> = {},
  ): SoftmaxModel<Label> {
    const model = new SoftmaxModel(labels, { ...DEFAULTS, ...options });
    model.fit(examples);
    return model;
  }

  private indices(features: readonly string[]): Int32Array {
    const unique = new Set<number>();
    for (const feature of features) unique.add(hash(feature) & this.mask);
    return Int32Array.from(unique);
  }

  private scores(indices: Int32Array, out: Float64Array): void {
    const k = this.labels.length;
    // Features are binary and the vector is L2-normalised, so long messages do not get
    // over-confident just by having more n-grams.
    const scale = 1 / Math.sqrt(Math.max(indices.length, 1));
    for (let c = 0; c < k; c++) out[c] = this.bias[c]!;
    for (const index of indices) {
      const base = index * k;
      for (let c = 0; c < k; c++) out[c]! += this.weights[base + c]! * scale;
    }
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, out[c]!);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      out[c] = Math.exp(out[c]! - max);
      sum += out[c]!;
    }
    for (let c = 0; c < k; c++) out[c]! /= sum;
  }

  private fit(examples: ReadonlyArray<TrainingExample<Label>>): void {
    const k = this.labels.length;
    const encoded = examples.map((e) => ({ indices: this.indices(e.features), label: this.labels.indexOf(e.label) }));
    if (encoded.some((e) => e.label < 0)) throw new Error('training example with an unknown label');
    const order = encoded.map((_, i) => i);
    const random = mulberry32(this.options.seed);
    const probabilities = new Float64Array(k);
    for (let epoch = 0; epoch < this.options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      // Learning rate decays linearly so late epochs fine-tune rather than oscillate.
      const rate = this.options.learningRate * (1 - epoch / (this.options.epochs + 1));
      const decay = 1 - rate * this.options.l2;
      for (const position of order) {
        const example = encoded[position]!;
        this.scores(example.indices, probabilities);
        const scale = 1 / Math.sqrt(Math.max(example.indices.length, 1));
        for (let c = 0; c < k; c++) {
          const gradient = (c === example.label ? 1 : 0) - probabilities[c]!;
          this.bias[c]! += rate * gradient * 0.1;
          const step = rate * gradient * scale;
          for (const index of example.indices) {
            const w = index * k + c;
            this.weights[w] = this.weights[w]! * decay + step;
          }
        }
      }
    }
  }

  /** Probabilities per label, in `labels` order. */
  predict(features: readonly string[]): Float64Array {
    const out = new Float64Array(this.labels.length);
    this.scores(this.indices(features), out);
    return out;
  }
}
