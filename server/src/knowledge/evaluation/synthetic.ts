/**
 * Synthetic help articles for scale benchmarks: realistic structure (title, sections, paragraphs,
 * lists, tables) and realistic word statistics — words drawn from a real help center's vocabulary
 * with a Zipf distribution (so common words like "order" hit thousands of chunks, as they would in
 * a big store), mixed with invented words for a long vocabulary tail. Deterministic per seed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../../import/front-matter.js';
import { mulberry32 } from '../../lib/seeded-random.js';

export interface SyntheticArticle {
  articleId: string;
  locale: string;
  slug: string;
  title: string;
  body: string;
  tags: string[];
  updatedAt: undefined;
  file: string;
}

/** Words of every Markdown article under a store's knowledge/ folder, ranked by frequency. */
export function vocabularyOf(storeDir: string): string[] {
  const counts = new Map<string, number>();
  const root = join(storeDir, 'knowledge');
  for (const locale of readdirSync(root)) {
    const dir = join(root, locale);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { body } = parseFrontMatter(readFileSync(join(dir, file), 'utf8'));
      for (const word of body.toLowerCase().match(/\p{L}{2,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'den', 'mar', 'pol', 'ster', 'tin', 'gra', 'bel', 'cor', 'fen', 'lum'];

export class SyntheticCorpus {
  private readonly random: () => number;
  private readonly cumulative: number[];

  constructor(
    private readonly vocabulary: readonly string[],
    seed = 42,
    private readonly inventedShare = 0.3,
  ) {
    this.random = mulberry32(seed);
    // Zipf weights 1/rank: the head of the vocabulary dominates, like real text.
    let total = 0;
    this.cumulative = vocabulary.map((_, rank) => (total += 1 / (rank + 1)));
  }

  private word(): string {
    if (this.random() < this.inventedShare || this.vocabulary.length === 0) {
      const n = 2 + Math.floor(this.random() * 3);
      // Long-tail words: ~18^4 distinct, each rare.
      return Array.from({ length: n }, () => SYLLABLES[Math.floor(this.random() * SYLLABLES.length)]).join('');
    }
    const target = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.vocabulary[lo]!;
  }

  private words(n: number): string {
    return Array.from({ length: n }, () => this.word()).join(' ');
  }

  private sentence(): string {
    const text = this.words(6 + Math.floor(this.random() * 14));
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  private paragraph(): string {
    return Array.from({ length: 2 + Math.floor(this.random() * 4) }, () => this.sentence()).join(' ');
  }

  private block(): string {
    const r = this.random();
    if (r < 0.6) return this.paragraph();
    if (r < 0.85) return Array.from({ length: 3 + Math.floor(this.random() * 4) }, () => `- ${this.words(4 + Math.floor(this.random() * 8))}`).join('\n');
    const columns = 2 + Math.floor(this.random() * 3);
    const row = () => `| ${Array.from({ length: columns }, () => this.words(1 + Math.floor(this.random() * 3))).join(' | ')} |`;
    return [row(), `|${' --- |'.repeat(columns)}`, ...Array.from({ length: 3 + Math.floor(this.random() * 6) }, row)].join('\n');
  }

  /** One article of about 4 sections (≈ 4–5 chunks). */
  article(index: number, locale = 'en'): SyntheticArticle {
    const title = this.words(3 + Math.floor(this.random() * 4));
    const sections = 3 + Math.floor(this.random() * 3);
    const parts = [`# ${title}`, this.paragraph()];
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${this.words(2 + Math.floor(this.random() * 4))}`);
      for (let b = 0; b < 1 + Math.floor(this.random() * 2); b++) parts.push(this.block());
    }
    const articleId = `synthetic-${index}`;
    return { articleId, locale, slug: articleId, title, body: parts.join('\n\n'), tags: ['synthetic'], updatedAt: undefined, file: `synthetic/${articleId}.md` };
  }
}
