/**
 * classifyIntent: what a shopper's message is about.
 *
 * 1. Rules for the unambiguous: a message made only of greetings/thanks is `greeting`; an explicit
 *    request for a person is `human`; a message that only gives an email, order number or
 *    postcode answers the assistant's own question and is `other` (so is an attempt to steer the
 *    assistant's model: it asks nothing of the store); a short "where's #2033" is `tracking`.
 * 2. Otherwise the softmax model over character n-grams, words and lexicon cues. A leading
 *    greeting is removed first, so "Hi! Where is my order?" is judged on its question.
 */
import type { Locale } from '../language/locales.js';
import { scanSmallTalk } from '../language/small-talk.js';
import { detectHumanRequest } from '../signals/human-request.js';
import { detectPromptInjection } from '../signals/prompt-injection.js';
import { isBareAnswer } from './bare-answer.js';
import { isOrderStatusQuestion } from './order-status.js';
import { extractFeatures } from './features.js';
import { INTENTS, type Intent } from './intents.js';
import { SoftmaxModel } from './softmax-model.js';
import { loadLabelledMessages, type LabelledMessage } from './training-set.js';

const MAX_CHARS = 1000;
// What else a short message with an order number may ask; the status rule leaves these to the model.
const OTHER_ORDER_REQUESTS: ReadonlySet<Intent> = new Set(['returns', 'order_change', 'complaint', 'payment', 'privacy']);

export interface IntentScore {
  intent: Intent;
  score: number;
}

export interface IntentResult {
  intent: Intent;
  /** 0..1; the model's probability, or a fixed high value when a rule decided. */
  confidence: number;
  /** Every intent, best first; scores sum to ~1. */
  ranked: IntentScore[];
  /** `rule:greeting`, `rule:human`, `rule:answer`, `rule:order-status`, `rule:injection` or `model`. */
  source: string;
}

export interface IntentClassifier {
  classify(text: string, locale?: Locale): IntentResult;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Ranked list with `winner` on top at `confidence`, the rest sharing what is left. */
function ruleResult(winner: Intent, confidence: number, source: string, modelRanked: IntentScore[]): IntentResult {
  const rest = modelRanked.filter((r) => r.intent !== winner);
  const restTotal = rest.reduce((sum, r) => sum + r.score, 0) || 1;
  const ranked = [
    { intent: winner, score: confidence },
    ...rest.map((r) => ({ intent: r.intent, score: round(((1 - confidence) * r.score) / restTotal) })),
  ];
  return { intent: winner, confidence, ranked, source };
}

export function createIntentClassifier(examples: readonly LabelledMessage[]): IntentClassifier {
  const model = SoftmaxModel.train(
    INTENTS,
    examples.map((e) => ({ features: extractFeatures(e.text), label: e.intent })),
  );

  const rankWithModel = (text: string): IntentScore[] => {
    const probabilities = model.predict(extractFeatures(text));
    return INTENTS.map((intent, i) => ({ intent, score: round(probabilities[i]!) })).sort((a, b) => b.score - a.score);
  };

  return {
    classify(fullText: string, locale?: Locale): IntentResult {
      // What a message is about is clear from its start; pasted essays should not cost more.
      const text = fullText.slice(0, MAX_CHARS);
      const smallTalk = scanSmallTalk(text);
      const hasQuestion = /[\p{L}\p{N}]/u.test(smallTalk.rest);
      if (smallTalk.matches.length > 0 && !hasQuestion) {
        return ruleResult('greeting', 0.97, 'rule:greeting', rankWithModel(text));
      }
      const content = smallTalk.matches.length > 0 ? smallTalk.rest : text;
      const ranked = rankWithModel(content);
      if (detectHumanRequest(content, locale).kind === 'explicit') return ruleResult('human', 0.95, 'rule:human', ranked);
      if (isBareAnswer(content)) return ruleResult('other', 0.9, 'rule:answer', ranked);
      if (!OTHER_ORDER_REQUESTS.has(ranked[0]!.intent) && isOrderStatusQuestion(content)) return ruleResult('tracking', 0.9, 'rule:order-status', ranked);
      if (detectPromptInjection(content).detected) return ruleResult('other', 0.9, 'rule:injection', ranked);
      const best = ranked[0]!;
      return { intent: best.intent, confidence: best.score, ranked, source: 'model' };
    },
  };
}

let defaultClassifier: IntentClassifier | undefined;

/** Trains the default classifier now (≈0.5 s) instead of on the first message. */
export function warmUpIntentClassifier(): void {
  defaultClassifier ??= createIntentClassifier(loadLabelledMessages());
}

export function classifyIntent(text: string, locale?: Locale): IntentResult {
  warmUpIntentClassifier();
  return defaultClassifier!.classify(text, locale);
}
