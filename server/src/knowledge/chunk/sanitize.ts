/**
 * Article bodies are stored inert. HTML keeps a small allowlist of formatting tags (sanitize-html);
 * Markdown keeps no raw HTML at all — help articles do not need it, and whatever renders them
 * later (widget, inbox, storefront) then never sees a tag it has to trust. Code spans and fenced
 * code blocks are left as written: they render as text.
 */
import sanitizeHtml from 'sanitize-html';

const DANGEROUS_ELEMENT = /<(script|style|iframe|object|embed|noscript|template|svg|math|form|textarea|select)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?(?:-->|$)|<![a-zA-Z][^>]*>|<\?[\s\S]*?\?>/g;
const UNSAFE_LINK = /\]\(\s*<?\s*(?:javascript|vbscript|data|file):(?:[^()]|\([^()]*\))*\)/gi;
const CODE = /(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]+`)/g;

/** Removes raw HTML (and the content of script-like elements) and unsafe link targets from Markdown. */
export function sanitizeMarkdown(markdown: string): string {
  return markdown
    .split(CODE)
    .map((segment, i) => (i % 2 === 1 ? segment : segment.replace(DANGEROUS_ELEMENT, '').replace(TAG, '').replace(UNSAFE_LINK, '](#)')))
    .join('');
}

const HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'strong', 'b', 'em', 'i', 'u', 'a', 'code', 'pre', 'blockquote', 'span', 'div', 'sup', 'sub'],
  allowedAttributes: { a: ['href', 'title'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'template', 'svg', 'math', 'object'],
};

/** Sanitised HTML: formatting tags only, no scripts, handlers, styles or unsafe URLs. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, HTML_OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
const cellText = (cell: string) => stripTags(cell).replace(/\|/g, '/');

/**
 * Sanitised HTML → Markdown with the structure chunking needs: headings, list items, table rows
 * (header first) and paragraphs. Inline formatting is dropped.
 */
export function htmlToMarkdown(html: string): string {
  let text = sanitizeArticleHtml(html).replace(/\s+/g, ' ');
  text = text.replace(/<table\b[^>]*>([\s\S]*?)<\/table>/gi, (_, inner: string) => {
    const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
      [...(row[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((cell) => cellText(cell[1] ?? '')),
    );
    const lines = rows.filter((r) => r.length > 0).map((r) => `| ${r.join(' | ')} |`);
    if (lines.length > 0) lines.splice(1, 0, `|${' --- |'.repeat(rows[0]!.length)}`);
    return `\n\n${lines.join('\n')}\n\n`;
  });
  text = text.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, inner: string) => `\n\n${'#'.repeat(Number(level))} ${stripTags(inner)}\n\n`);
  text = text.replace(/<li\b[^>]*>([\s\S]*?)<\/li>/gi, (_, inner: string) => `\n- ${stripTags(inner)}\n`);
  text = text.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?(?:p|div|blockquote|ul|ol|pre|hr)\b[^>]*>/gi, '\n\n');
  const markdown = decodeEntities(text.replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Entities decoded back into "<script>" text must not become markup again.
  return sanitizeMarkdown(markdown);
}
