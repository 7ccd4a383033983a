/**
 * The inbox's prompt files (prompts/*.md next to this module): front matter (name, version) and a
 * body with {{placeholders}}, the same format as the assistant's prompts in /prompts.
 */
import { readFileSync } from 'node:fs';
import { parseFrontMatter } from '../../import/front-matter.js';

export type InboxPromptName = 'inbox.translate' | 'inbox.reply-draft' | 'inbox.summary';

const DIR = new URL('./prompts/', import.meta.url);
const cache = new Map<InboxPromptName, { version: number; body: string }>();

export function renderInboxPrompt(name: InboxPromptName, values: Record<string, string>): string {
  let prompt = cache.get(name);
  if (!prompt) {
    const { attributes, body } = parseFrontMatter(readFileSync(new URL(`${name}.md`, DIR), 'utf8'));
    const meta = attributes as { name?: unknown; version?: unknown };
    if (meta.name !== name || typeof meta.version !== 'number') throw new Error(`${name}.md needs front matter name: ${name} and a numeric version`);
    prompt = { version: meta.version, body: body.trim() };
    cache.set(name, prompt);
  }
  return prompt.body.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt ${name} needs a value for {{${key}}}`);
    return value;
  });
}
