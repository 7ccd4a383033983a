/**
 * A first draft of the help-center article a knowledge gap calls for. With a model configured (LLM
 * mode) the model writes it from the shoppers' questions and the store's own facts, marking anything
 * it cannot know as [TODO: …]; without one — or when the model fails — an outline with the questions
 * to answer, so the editor never opens empty. Either way a person edits and publishes it.
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../../config.js';
import { parseFrontMatter } from '../../import/front-matter.js';
import type { StoreRow } from '../../repositories/stores.js';

export interface DraftRequest {
  /** The gap's representative question. */
  label: string;
  /** Example questions, any language. */
  questions: string[];
  /** Language to write in (the store's default when absent). */
  locale: string;
}

export interface ArticleDraft {
  title: string;
  body: string;
  locale: string;
  mode: 'llm' | 'outline';
  /** Why the outline was used instead of the model, when it was. */
  fallbackReason?: string;
}

const MAX_FACTS_CHARS = 6000;
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', es: 'Spanish', de: 'German', fr: 'French', ja: 'Japanese', 'zh-CN': 'Simplified Chinese', it: 'Italian', pt: 'Portuguese', nl: 'Dutch', ko: 'Korean', ar: 'Arabic',
};

let template: string | undefined;
function promptTemplate(): string {
  template ??= String(parseFrontMatter(readFileSync(new URL('./prompts/draft-article.md', import.meta.url), 'utf8')).body);
  return template;
}

/** The store facts a draft may use: policies, shipping, returns, markets — not secrets or settings. */
function storeFacts(store: StoreRow): string {
  const { policies, markets, support_hours: supportHours, description, support_email: supportEmail } = store.profile as Record<string, unknown>;
  return JSON.stringify({ description, support_email: supportEmail, policies, markets, support_hours: supportHours }).slice(0, MAX_FACTS_CHARS);
}

export function outlineDraft(request: DraftRequest): ArticleDraft {
  const title = request.label.trim().replace(/\s+/g, ' ').slice(0, 200);
  const asked = request.questions.slice(0, 10).map((q) => `- ${q.replace(/\s+/g, ' ').trim()}`).join('\n');
  const body = `# ${title}\n\n[TODO: answer in one or two sentences]\n\n## Details\n\n[TODO: conditions, costs, time frames, how to ask for it]\n\n<!-- Shoppers asked:\n${asked.replace(/-->/g, '—>')}\n-->\n`;
  return { title, body, locale: request.locale, mode: 'outline' };
}

export function renderDraftPrompt(store: StoreRow, request: DraftRequest): string {
  const values: Record<string, string> = {
    store: store.name,
    language: LANGUAGE_NAMES[request.locale] ?? request.locale,
    questions: [request.label, ...request.questions].slice(0, 12).map((q) => `- ${q.replace(/\s+/g, ' ').trim()}`).join('\n'),
    facts: storeFacts(store),
  };
  return promptTemplate().replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');
}

export function hasDraftModel(config: Config): boolean {
  return config.assistantMode === 'llm' && Boolean(config.llm.baseUrl || config.llm.apiKey);
}

export async function draftArticle(config: Config, store: StoreRow, request: DraftRequest): Promise<ArticleDraft> {
  if (!hasDraftModel(config)) return { ...outlineDraft(request), fallbackReason: 'no_model' };
  const { default: OpenAI } = await import('openai'); // loaded only when a model is configured
  const client = new OpenAI({ baseURL: config.llm.baseUrl, apiKey: config.llm.apiKey ?? 'none', timeout: config.llm.timeoutMs, maxRetries: 1 });
  try {
    const completion = await client.chat.completions.create({
      model: config.llm.chatModel,
      temperature: 0.3,
      messages: [{ role: 'user', content: renderDraftPrompt(store, request) }],
    });
    const text = completion.choices[0]?.message?.content?.trim() ?? '';
    if (!text) return { ...outlineDraft(request), fallbackReason: 'empty_answer' };
    const heading = /^#\s+(.+)$/m.exec(text);
    return { title: (heading?.[1] ?? request.label).trim().slice(0, 200), body: heading ? text : `# ${request.label}\n\n${text}`, locale: request.locale, mode: 'llm' };
  } catch {
    return { ...outlineDraft(request), fallbackReason: 'model_error' };
  }
}
