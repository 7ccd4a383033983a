/**
 * Two-way translation for agents (LLM mode): shoppers' messages are read in the agent's language and
 * agents' replies reach the shopper in theirs. Without a model there is no Translator and the inbox
 * shows the original with its detected language instead.
 */
import type { Queryable } from '../db/types.js';
import { detectLanguage, isLocale } from '../pipeline/language/index.js';

export interface TranslationRequest {
  text: string;
  /** Source language when known (BCP 47). */
  from: string | null;
  to: string;
  /** Brand and product names to keep verbatim. */
  glossary: readonly string[];
}

/**
 * Implemented with a language model (llm/llm-translator.ts); returns only the translated text and is
 * responsible for leaving glossary terms untouched.
 */
export interface Translator {
  translate(request: TranslationRequest): Promise<string>;
}

/** Same language family? ("es" and "es-MX" need no translation.) */
export const sameLanguage = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a && b && a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0]);

/** The language of a message for display; confident detections only. */
export function detectMessageLanguage(text: string, hint: string | null): string | null {
  const detection = detectLanguage(text, isLocale(hint) ? { previous: hint } : {});
  return detection.confidence >= 0.5 ? detection.locale : null;
}

/** Translates a message once per target language; later readers get the stored translation. */
export async function translateMessage(
  q: Queryable,
  translator: Translator,
  message: { id: string; text: string; language: string | null },
  to: string,
  glossary: readonly string[],
): Promise<string> {
  const cached = await q.query<{ text: string }>('SELECT text FROM message_translations WHERE message_id = $1 AND language = $2', [message.id, to]);
  if (cached.rows[0]) return cached.rows[0].text;
  const translated = await translator.translate({ text: message.text, from: message.language, to, glossary });
  await q.query('INSERT INTO message_translations (message_id, language, text) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [message.id, to, translated]);
  return translated;
}
