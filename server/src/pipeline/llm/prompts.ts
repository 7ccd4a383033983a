/**
 * Typed loader for the prompt files in /prompts: front matter (name, version) plus a body with
 * {{placeholders}}. Files are read once; a missing placeholder value is an error, not an empty hole.
 */
import { readFileSync } from 'node:fs';
import { parseFrontMatter } from '../../import/front-matter.js';

export type PromptName = 'assistant.system' | 'assistant.grounding-retry';

export interface PromptFile {
  name: PromptName;
  version: number;
  body: string;
}

const PROMPTS_DIR = new URL('../../../../prompts/', import.meta.url);
const cache = new Map<PromptName, PromptFile>();

export function loadPrompt(name: PromptName): PromptFile {
  const cached = cache.get(name);
  if (cached) return cached;
  const { attributes, body } = parseFrontMatter(readFileSync(new URL(`${name}.md`, PROMPTS_DIR), 'utf8'));
  const meta = attributes as { name?: unknown; version?: unknown };
  if (meta.name !== name || typeof meta.version !== 'number') throw new Error(`prompts/${name}.md needs front matter name: ${name} and a numeric version`);
  const prompt = { name, version: meta.version, body };
  cache.set(name, prompt);
  return prompt;
}

export function renderPrompt(name: PromptName, values: Record<string, string>): { text: string; version: number } {
  const prompt = loadPrompt(name);
  const text = prompt.body.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt ${name} needs a value for {{${key}}}`);
    return value;
  });
  return { text, version: prompt.version };
}

export interface StorePromptSettings {
  tone: string;
  brandVoice: string;
  forbiddenTopics: string[];
}

/** Per-store prompt overrides from stores.settings.prompts, with safe defaults. */
export function storePromptSettings(settings: Record<string, unknown>): StorePromptSettings {
  const raw = (typeof settings.prompts === 'object' && settings.prompts !== null ? settings.prompts : {}) as Record<string, unknown>;
  const text = (v: unknown, fallback: string, max = 500) => (typeof v === 'string' ? v.slice(0, max) : fallback);
  return {
    tone: text(raw.tone, 'friendly, clear and professional'),
    brandVoice: text(raw.brandVoice, ''),
    forbiddenTopics: Array.isArray(raw.forbiddenTopics) ? raw.forbiddenTopics.filter((t): t is string => typeof t === 'string').slice(0, 20) : [],
  };
}
