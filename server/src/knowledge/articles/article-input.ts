/**
 * Validates and normalises an article written through the API: Markdown (optionally with the same
 * front matter as the store directory) or HTML, sanitised before it is stored, with a locale the
 * store publishes in. Every problem becomes a ParleyError a store admin can act on.
 */
import { ParleyError } from '../../errors.js';
import { parseFrontMatter } from '../../import/front-matter.js';
import { sanitizeArticleHtml, sanitizeMarkdown } from '../chunk/sanitize.js';
import { chunkArticle } from '../chunk/chunker.js';

export const MAX_ARTICLE_BYTES = 512 * 1024;
export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface ArticleDraft {
  articleId?: string | undefined;
  locale?: string | undefined;
  title?: string | undefined;
  body: string;
  format?: 'markdown' | 'html' | undefined;
  tags?: string[] | undefined;
  slug?: string | undefined;
}

export interface ValidArticle {
  articleId: string;
  locale: string;
  title: string;
  body: string;
  format: 'markdown' | 'html';
  tags: string[];
  slug: string;
}

/** "Returns & exchanges (EU)" → "returns-exchanges-eu". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

interface FrontMatter {
  id?: unknown;
  title?: unknown;
  locale?: unknown;
  tags?: unknown;
}

function readFrontMatter(body: string): { attributes: FrontMatter; body: string } {
  if (!/^\uFEFF?---\r?\n/.test(body)) return { attributes: {}, body };
  try {
    const doc = parseFrontMatter(body);
    const attributes = doc.attributes;
    if (attributes !== null && attributes !== undefined && (typeof attributes !== 'object' || Array.isArray(attributes))) {
      throw new Error('front matter must be a YAML mapping (key: value lines)');
    }
    return { attributes: (attributes ?? {}) as FrontMatter, body: doc.body };
  } catch (err) {
    throw new ParleyError('VALIDATION', `The article's front matter is broken: ${(err as Error).message}`);
  }
}

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

export function validateArticle(draft: ArticleDraft, storeLocales: readonly string[]): ValidArticle {
  if (Buffer.byteLength(draft.body ?? '', 'utf8') > MAX_ARTICLE_BYTES) {
    throw new ParleyError('PAYLOAD_TOO_LARGE', `The article body is larger than ${MAX_ARTICLE_BYTES / 1024} KB; split it into several articles`);
  }
  const format = draft.format ?? 'markdown';
  const { attributes, body: rawBody } = format === 'markdown' ? readFrontMatter(draft.body) : { attributes: {} as FrontMatter, body: draft.body };

  const title = (draft.title ?? asString(attributes.title) ?? '').trim();
  if (!title) throw new ParleyError('VALIDATION', 'The article needs a title');
  if (title.length > 300) throw new ParleyError('VALIDATION', 'The title is longer than 300 characters');

  const locale = (draft.locale ?? asString(attributes.locale) ?? '').trim();
  if (!storeLocales.includes(locale)) {
    throw new ParleyError('UNPROCESSABLE', `Unknown locale "${locale}": this store publishes in ${storeLocales.join(', ')}`);
  }

  const articleId = (draft.articleId ?? asString(attributes.id) ?? slugify(title)).trim();
  if (!ARTICLE_ID_PATTERN.test(articleId)) {
    throw new ParleyError('VALIDATION', `Invalid article id "${articleId}": use lower-case letters, digits and dashes (it is shared by all translations)`);
  }

  const tagsRaw = draft.tags ?? (Array.isArray(attributes.tags) ? attributes.tags.map(asString).filter((t): t is string => Boolean(t)) : []);
  const tags = [...new Set(tagsRaw.map((t) => t.trim()).filter(Boolean))];
  if (tags.length > 30 || tags.some((t) => t.length > 60)) throw new ParleyError('VALIDATION', 'At most 30 tags of up to 60 characters');

  const body = format === 'html' ? sanitizeArticleHtml(rawBody) : sanitizeMarkdown(rawBody).trim();
  if (chunkArticle({ title, body, format }).length === 0) {
    throw new ParleyError('VALIDATION', 'The article body is empty (nothing but headings, markup or whitespace)');
  }
  const slug = draft.slug ? slugify(draft.slug) : articleId;
  return { articleId, locale, title, body, format, tags, slug: slug || articleId };
}
