/**
 * Stage one of a turn: what the shopper wrote, in which language, what they want, which order,
 * parcel, size or measurement they mention, and whether they ask for a person, are upset, raise a
 * sensitive topic or try to steer the assistant.
 */
import { detectLanguage, toLocale, type Locale } from './language/index.js';
import { classifyIntent, type Intent, type IntentScore } from './intent/index.js';
import { extractEntities, type ExtractedEntities } from './entities/index.js';
import { detectBotRequest, detectFrustration, detectHumanRequest, detectPromptInjection, detectSensitiveTopics } from './signals/index.js';

export interface Understanding {
  locale: Locale;
  languageConfidence: number;
  intent: Intent;
  intentConfidence: number;
  ranked: IntentScore[];
  entities: ExtractedEntities;
  humanRequest: boolean;
  botRequest: boolean;
  frustration: 0 | 1 | 2;
  abusive: boolean;
  sensitiveTopics: string[];
  injection: boolean;
}

export interface UnderstandContext {
  previousLocale?: string | null | undefined;
  widgetLocale?: string | null | undefined;
  storeDefault: string;
}

const asLocale = (tag: string | null | undefined): Locale | undefined => (tag ? toLocale(tag) ?? undefined : undefined);

export function understand(text: string, context: UnderstandContext): Understanding {
  const language = detectLanguage(text, {
    previous: asLocale(context.previousLocale),
    widgetLocale: asLocale(context.widgetLocale),
    storeDefault: asLocale(context.storeDefault) ?? 'en',
  });
  const locale = language.locale;
  const intent = classifyIntent(text, locale);
  const human = detectHumanRequest(text, locale);
  const frustration = detectFrustration(text, locale);
  const injection = detectPromptInjection(text);
  return {
    locale,
    languageConfidence: language.confidence,
    intent: human.requested && human.kind === 'explicit' ? 'human' : intent.intent,
    intentConfidence: intent.confidence,
    ranked: intent.ranked,
    entities: extractEntities(text),
    humanRequest: human.requested && human.kind === 'explicit',
    botRequest: detectBotRequest(text, locale).requested,
    frustration: frustration.level,
    abusive: frustration.abusive,
    sensitiveTopics: detectSensitiveTopics(text, locale),
    injection: injection.detected,
  };
}
