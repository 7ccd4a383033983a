/**
 * Answerability: the probability that the top passage answers the question, so the assistant can
 * tell "nothing here" (hand off, log a knowledge gap) from a weak but real match. A logistic model
 * over three signals of the best article:
 *   coverage  — share of the query's idf weight its best chunk contains (unknown words count against);
 *   vector    — cosine similarity of its best chunk to the query;
 *   agreement — whether full text and vector both rank it first (1), both in their top 5 (0.5).
 * The coefficients were fitted by logistic regression on the retrieval benchmark's labelled queries
 * plus questions the demo store cannot answer (`npm run bench -- retrieval` reports calibration).
 */

export interface AnswerabilitySignals {
  coverage: number;
  vector: number;
  agreement: number;
}

export interface Answerability {
  /** 0..1, calibrated: about this share of passages scored s answer their question. */
  score: number;
  answerable: boolean;
  signals: AnswerabilitySignals;
}

export const ANSWERABILITY_MODEL = { intercept: -2.98, coverage: 1.93, vector: 3.97, agreement: 2.24 };
export const ANSWERABLE_THRESHOLD = 0.5;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function answerability(signals: AnswerabilitySignals, threshold = ANSWERABLE_THRESHOLD): Answerability {
  const m = ANSWERABILITY_MODEL;
  const score = sigmoid(m.intercept + m.coverage * signals.coverage + m.vector * signals.vector + m.agreement * signals.agreement);
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, answerable: rounded >= threshold, signals };
}

export const NO_ANSWER: Answerability = { score: 0, answerable: false, signals: { coverage: 0, vector: 0, agreement: 0 } };
