import { describe, expect, it } from 'vitest';
import { CHUNK_MAX_CHARS, chunkArticle, chunkMarkdown, splitLong } from '../../../server/src/knowledge/chunk/chunker.js';

const article = `# Returns policy

Intro sentence about returns.

## What can be returned

Items must be:

- unworn;
- with tags.

## Return shipping

### From Europe

| Warehouse | Label |
|---|---|
| Leipzig | Free |
| Shenzhen | Paid |
`;

describe('chunkMarkdown', () => {
  it('follows headings and keeps the heading path, without repeating the title', () => {
    const chunks = chunkMarkdown(article, 'Returns policy');
    expect(chunks.map((c) => c.headingPath)).toEqual([[], ['What can be returned'], ['Return shipping', 'From Europe']]);
    expect(chunks.map((c) => c.ordinal)).toEqual([0, 1, 2]);
  });

  it('keeps a list with the sentence that introduces it', () => {
    const [, list] = chunkMarkdown(article, 'Returns policy');
    expect(list!.content).toBe('Items must be:\n\n- unworn;\n- with tags.');
  });

  it('keeps a table with its header row', () => {
    const table = chunkMarkdown(article, 'Returns policy')[2]!;
    expect(table.content).toBe('| Warehouse | Label |\n| Leipzig | Free |\n| Shenzhen | Paid |');
  });

  it('splits a table larger than a chunk at rows, repeating the header on every piece', () => {
    const rows = Array.from({ length: 120 }, (_, i) => `| size ${i} | ${'measurement '.repeat(3)}${i} |`);
    const chunks = chunkMarkdown(`## Sizes\n\n| Size | Measurement |\n|---|---|\n${rows.join('\n')}\n`, 'Size chart');
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.content.startsWith('| Size | Measurement |\n| size ')).toBe(true);
      expect(chunk.content.length).toBeLessThanOrEqual(CHUNK_MAX_CHARS);
      expect(chunk.headingPath).toEqual(['Sizes']);
    }
    // Every row lands in exactly one chunk, whole.
    const seen = chunks.flatMap((c) => c.content.split('\n').slice(1));
    expect(seen).toEqual(rows.map((r) => r.replace(/\s+\|/g, ' |')));
  });

  it('bounds every chunk, splitting long paragraphs at sentences and CJK text anywhere', () => {
    const long = Array.from({ length: 80 }, (_, i) => `Sentence number ${i} says something about parcels.`).join(' ');
    const cjk = '返品は到着後三十日以内に受け付けます'.repeat(200);
    for (const chunk of chunkMarkdown(`## Long\n\n${long}\n\n## 長い\n\n${cjk}\n`, 'T')) {
      expect(chunk.content.length).toBeLessThanOrEqual(CHUNK_MAX_CHARS);
      expect(chunk.content.length).toBeGreaterThan(0);
    }
    expect(splitLong('a'.repeat(3000), 1000).map((p) => p.length)).toEqual([1000, 1000, 1000]);
  });

  it('returns no chunks for an empty or heading-only article', () => {
    expect(chunkMarkdown('', 'T')).toEqual([]);
    expect(chunkMarkdown('# T\n\n## Nothing here\n', 'T')).toEqual([]);
  });
});

describe('chunkArticle', () => {
  it('reads HTML: headings, list items and table rows with header; scripts never survive', () => {
    const html = `<h1>Shipping</h1><p>We ship <b>worldwide</b>.<script>alert(1)</script></p>
      <h2 onclick="x()">Times</h2><table><tr><th>Method</th><th>Days</th></tr><tr><td>Express</td><td>1&ndash;2</td></tr></table>
      <ul><li>Tracked</li><li>Insured</li></ul><img src=x onerror=alert(1)>`;
    const chunks = chunkArticle({ title: 'Shipping', body: html, format: 'html' });
    expect(chunks.map((c) => c.headingPath)).toEqual([[], ['Times']]);
    expect(chunks[0]!.content).toBe('We ship worldwide.');
    expect(chunks[1]!.content).toContain('| Method | Days |\n| Express | 1–2 |');
    expect(chunks[1]!.content).toContain('- Tracked\n- Insured');
    expect(JSON.stringify(chunks)).not.toMatch(/script|alert|onerror|onclick/);
  });

  it('drops raw HTML from Markdown but keeps code spans as written', () => {
    const chunks = chunkArticle({ title: 'T', body: 'Hello <script>steal()</script><b onclick="x">there</b> and `<tag>` [link](javascript:alert(1))', format: 'markdown' });
    expect(chunks[0]!.content).toBe('Hello there and <tag> link');
  });
});
