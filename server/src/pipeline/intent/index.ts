export { classifyIntent, createIntentClassifier, warmUpIntentClassifier, type IntentClassifier, type IntentResult, type IntentScore } from './classify.js';
export { INTENTS, isIntent, type Intent } from './intents.js';
export { loadLabelledMessages, parseLabelledMessages, DEFAULT_TRAINING_FILE, type LabelledMessage } from './training-set.js';
