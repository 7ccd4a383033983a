/**
 * Help-center articles: front matter exactly as the store-directory format prescribes, every
 * translation has an English original, the minimum coverage per language, and a few tables.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Problems, StoreFiles } from './context.js';

export const FRONT_MATTER_KEYS = ['id', 'title', 'locale', 'tags', 'updated_at'];

/** Minimum number of articles per locale. */
export const MIN_ARTICLES: Record<string, number> = { en: 26, es: 8, de: 8, fr: 8, ja: 8, 'zh-CN': 8, it: 4, pt: 4, nl: 4 };

export interface ArticleInfo {
  id: string;
  locale: string;
  slug: string;
  title: string;
  updatedAt: string;
  body: string;
}

export function readArticles(dir: string, problems: Problems): ArticleInfo[] {
  const root = join(dir, 'knowledge');
  const out: ArticleInfo[] = [];
  for (const locale of readdirSync(root).sort()) {
    if (!statSync(join(root, locale)).isDirectory()) continue;
    for (const name of readdirSync(join(root, locale)).sort()) {
      const file = `knowledge/${locale}/${name}`;
      if (!name.endsWith('.md')) {
        problems.add(file, '', 'is not a .md file');
        continue;
      }
      const text = readFileSync(join(root, locale, name), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!m) {
        problems.add(file, 'front matter', 'missing or not closed');
        continue;
      }
      const fm = parseYaml(m[1] ?? '') as Record<string, unknown>;
      const keys = Object.keys(fm);
      problems.check(keys.join(',') === FRONT_MATTER_KEYS.join(','), file, 'front matter', `keys must be ${FRONT_MATTER_KEYS.join(', ')} (got ${keys.join(', ')})`);
      problems.check(typeof fm.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(fm.id), file, 'id', 'must be a lowercase slug');
      problems.check(fm.locale === locale, file, 'locale', `is "${String(fm.locale)}" but the file is in ${locale}/`);
      problems.check(Array.isArray(fm.tags) && fm.tags.length > 0 && fm.tags.every((t) => typeof t === 'string'), file, 'tags', 'must be a non-empty list of strings');
      problems.check(/^[a-z0-9-]+$/.test(name.replace(/\.md$/, '')), file, 'slug', 'file name must be an ASCII slug');
      const updatedAt = String(fm.updated_at ?? '');
      problems.check(/^\d{4}-\d{2}-\d{2}$/.test(updatedAt), file, 'updated_at', 'must be a YYYY-MM-DD date');
      out.push({ id: String(fm.id), locale, slug: name.replace(/\.md$/, ''), title: String(fm.title ?? ''), updatedAt, body: m[2] ?? '' });
    }
  }
  return out;
}

export function checkArticles(files: StoreFiles, problems: Problems): ArticleInfo[] {
  const articles = readArticles(files.dir, problems);
  const today = files.store.eval_now.slice(0, 10);
  const enIds = new Set(articles.filter((a) => a.locale === 'en').map((a) => a.id));
  const seen = new Set<string>();
  for (const a of articles) {
    const file = `knowledge/${a.locale}/${a.slug}.md`;
    const key = `${a.locale}/${a.id}`;
    problems.check(!seen.has(key), file, 'id', `duplicate article id ${a.id} in ${a.locale}`);
    seen.add(key);
    problems.check(files.store.locales.includes(a.locale), file, 'locale', 'is not listed in store.json locales');
    problems.check(a.locale === 'en' || enIds.has(a.id), file, 'id', `translation of "${a.id}" has no English original`);
    problems.check(a.locale !== 'en' || a.slug === a.id, file, 'slug', 'English slugs equal the article id');
    problems.check(a.updatedAt <= today, file, 'updated_at', `${a.updatedAt} is after eval_now`);
    problems.check(/^# /m.test(a.body) && /^## /m.test(a.body), file, 'body', 'needs a title heading and section headings');
  }
  for (const [locale, min] of Object.entries(MIN_ARTICLES)) {
    const n = articles.filter((a) => a.locale === locale).length;
    problems.check(n >= min, `knowledge/${locale}`, '', `has ${n} articles, expected at least ${min}`);
  }
  for (const locale of Object.keys(MIN_ARTICLES).filter((l) => l !== 'en')) {
    const n = articles.filter((a) => a.locale === locale).length;
    problems.check(n < enIds.size, `knowledge/${locale}`, '', 'translates every article; some questions must only be answerable in English');
  }
  const withTables = articles.filter((a) => /^\|.*\|\s*$/m.test(a.body) && /^\|[-| :]+\|\s*$/m.test(a.body)).length;
  problems.check(withTables >= 5, 'knowledge', '', `only ${withTables} articles contain a Markdown table`);
  return articles;
}
