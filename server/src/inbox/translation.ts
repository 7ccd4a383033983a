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

/** Implemented by the LLM client; must return only the translated text. */
export interface Translator {
  translate(request: TranslationRequest): Promise<string>;
}

/** Same language family? ("es" and "es-MX" need no translation.) */
export const sameLanguage = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a && b && a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0]);

/**
 * Swaps glossary terms for opaque markers before translation and back afterwards, so a model cannot
 * translate "Cascade Rain Jacket" into "Chaqueta de lluvia Cascada". Longest terms first.
 */
export function protectGlossary(text: string, glossary: readonly string[]): { text: string; restore(translated: string): string } {
  const terms = [...new Set(glossary.filter((t) => t.trim()))].sort((a, b) => b.length - a.length);
  const used: string[] = [];
  let protectedText = text;
  for (const term of terms) {
    const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    protectedText = protectedText.replace(pattern, (found) => {
      used.push(found);
      return `⟦${used.length - 1}⟧`;
    });
  }
  return {
    text: protectedText,
    restore: (translated) => translated.replace(/⟦(\d+)⟧/g, (whole, i: string) => used[Number(i)] ?? whole),
  };
}

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
  const guarded = protectGlossary(message.text, glossary);
  const translated = guarded.restore(await translator.translate({ text: guarded.text, from: message.language, to, glossary }));
  await q.query('INSERT INTO message_translations (message_id, language, text) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [message.id, to, translated]);
  return translated;
}
