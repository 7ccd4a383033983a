/**
 * Answerability calibration: how well the answerability score separates "the top passage answers"
 * (top-1 correct) from "it does not" (wrong article, or a question the store cannot answer), and a
 * logistic-regression fit of the model's coefficients on those examples.
 */
import type { AnswerabilitySignals } from '../search/answerability.js';

export interface CalibrationExample {
  signals: AnswerabilitySignals;
  score: number;
  /** 1 when the top passage answers the question. */
  label: 0 | 1;
}

/** Area under the ROC curve: the probability a random positive scores above a random negative. */
export function auc(examples: readonly CalibrationExample[]): number {
  const positives = examples.filter((e) => e.label === 1);
  const negatives = examples.filter((e) => e.label === 0);
  if (!positives.length || !negatives.length) return 1;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return Math.round((wins / (positives.length * negatives.length)) * 1000) / 1000;
}

export function accuracyAt(examples: readonly CalibrationExample[], threshold: number): number {
  const correct = examples.filter((e) => (e.score >= threshold ? 1 : 0) === e.label).length;
  return Math.round((correct / (examples.length || 1)) * 1000) / 1000;
}

/** Expected calibration error over 5 bins: |mean score − share answered| weighted by bin size. */
export function calibrationError(examples: readonly CalibrationExample[]): number {
  let error = 0;
  for (let bin = 0; bin < 5; bin++) {
    const inBin = examples.filter((e) => Math.min(4, Math.floor(e.score * 5)) === bin);
    if (!inBin.length) continue;
    const meanScore = inBin.reduce((s, e) => s + e.score, 0) / inBin.length;
    const rate = inBin.reduce((s, e) => s + e.label, 0) / inBin.length;
    error += (inBin.length / examples.length) * Math.abs(meanScore - rate);
  }
  return Math.round(error * 1000) / 1000;
}

/** Logistic regression by gradient descent (small L2), on the three signals. */
export function fitLogistic(examples: readonly CalibrationExample[], iterations = 20_000, rate = 0.5): Record<'intercept' | keyof AnswerabilitySignals, number> {
  const w = { intercept: 0, coverage: 0, vector: 0, agreement: 0 };
  const n = examples.length || 1;
  for (let it = 0; it < iterations; it++) {
    const g = { intercept: 0, coverage: 0, vector: 0, agreement: 0 };
    for (const e of examples) {
      const z = w.intercept + w.coverage * e.signals.coverage + w.vector * e.signals.vector + w.agreement * e.signals.agreement;
      const err = 1 / (1 + Math.exp(-z)) - e.label;
      g.intercept += err;
      g.coverage += err * e.signals.coverage;
      g.vector += err * e.signals.vector;
      g.agreement += err * e.signals.agreement;
    }
    const l2 = 0.001;
    w.intercept -= (rate * g.intercept) / n;
    w.coverage -= rate * (g.coverage / n + l2 * w.coverage);
    w.vector -= rate * (g.vector / n + l2 * w.vector);
    w.agreement -= rate * (g.agreement / n + l2 * w.agreement);
  }
  const r = (x: number) => Math.round(x * 100) / 100;
  return { intercept: r(w.intercept), coverage: r(w.coverage), vector: r(w.vector), agreement: r(w.agreement) };
}
