/**
 * Machine translation for the inbox (LLM mode). Glossary terms and personal or reference data —
 * e-mail addresses, phone numbers, links, order and tracking numbers — are swapped for markers before
 * the text goes to the model and put back afterwards: the model never sees them and cannot alter them.
 */
import type { Translator, TranslationRequest } from '../translation.js';
import { languageLabel } from './language-label.js';
import { renderInboxPrompt } from './prompt-files.js';
import type { InboxModel } from './chat.js';

const VERBATIM = [
  /https?:\/\/\S+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\+?\d[\d ().-]{7,}\d/g,
  /#[\w-]*\d[\w-]*/g,
  /\b(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{7,}\b/g,
];

export function protectForModel(text: string, glossary: readonly string[]): { text: string; restore(translated: string): string } {
  const kept: string[] = [];
  const keep = (found: string) => {
    kept.push(found);
    return `⟦${kept.length - 1}⟧`;
  };
  let out = text;
  const terms = [...new Set(glossary.filter((t) => t.trim()))].sort((a, b) => b.length - a.length);
  for (const term of terms) out = out.replace(new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), keep);
  for (const pattern of VERBATIM) out = out.replace(pattern, keep);
  return { text: out, restore: (translated) => translated.replace(/⟦(\d+)⟧/g, (whole, i: string) => kept[Number(i)] ?? whole) };
}

export class LlmTranslator implements Translator {
  constructor(private readonly model: InboxModel) {}

  async translate(request: TranslationRequest): Promise<string> {
    const guarded = protectForModel(request.text, request.glossary);
    const system = renderInboxPrompt('inbox.translate', {
      target: languageLabel(request.to),
      source: request.from ? ` from ${languageLabel(request.from)}` : '',
    });
    const translated = await this.model.complete(system, guarded.text);
    if (!translated) throw new Error('the model returned an empty translation');
    return guarded.restore(translated);
  }
}
