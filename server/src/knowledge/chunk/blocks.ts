/**
 * Markdown → sections of plain blocks. A section is the text under one heading, with the path of
 * headings above it; a block is a paragraph, a list, a table or a code block, kept with the pieces
 * it may be split into (sentences, items, rows) so the chunker never has to re-parse.
 */
import { marked, type Token, type Tokens } from 'marked';

export interface Block {
  kind: 'paragraph' | 'list' | 'table' | 'code';
  text: string;
  /** Units the block may be split at: sentences, list items, table rows, code lines. */
  parts: string[];
  /** Table header line, repeated on every piece of a split table. */
  header?: string;
}

export interface Section {
  headingPath: string[];
  blocks: Block[];
}

/** Plain text of inline tokens: emphasis and links keep their words, inline HTML goes. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'html':
          return '';
        case 'br':
          return ' ';
        case 'image':
          return (token as Tokens.Image).text;
        case 'codespan':
          return (token as Tokens.Codespan).text;
        default:
          return 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens as Token[], '') : 'text' in token ? String(token.text) : '';
      }
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const SENTENCE_END = /(?<=[.!?。！？])\s+|(?<=[。！？])/u;

export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean);
}

function listBlock(list: Tokens.List): Block {
  const items = list.items.map((item, i) => {
    const marker = list.ordered ? `${Number(list.start || 1) + i}.` : '-';
    return `${marker} ${inlineText(item.tokens, item.text)}`;
  });
  return { kind: 'list', text: items.join('\n'), parts: items };
}

function tableBlock(table: Tokens.Table): Block {
  const row = (cells: Tokens.TableCell[]) => `| ${cells.map((c) => inlineText(c.tokens, c.text).replace(/\|/g, '/')).join(' | ')} |`;
  const header = row(table.header);
  const rows = table.rows.map(row);
  return { kind: 'table', text: [header, ...rows].join('\n'), parts: rows, header };
}

function blocksOf(token: Token): Block[] {
  switch (token.type) {
    case 'paragraph':
    case 'text': {
      const text = inlineText((token as Tokens.Paragraph).tokens, (token as Tokens.Paragraph).text);
      return text ? [{ kind: 'paragraph', text, parts: splitSentences(text) }] : [];
    }
    case 'list':
      return [listBlock(token as Tokens.List)];
    case 'table':
      return [tableBlock(token as Tokens.Table)];
    case 'code': {
      const text = (token as Tokens.Code).text.trim();
      return text ? [{ kind: 'code', text, parts: text.split('\n') }] : [];
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blocksOf);
    default:
      return []; // space, hr, raw html (already stripped by sanitising)
  }
}

/**
 * Sections of a Markdown article. The first level-1 heading repeats the title, so it does not
 * become part of heading paths; text before any heading forms a section with an empty path.
 */
export function parseSections(markdown: string, title: string): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ depth: number; text: string }> = [];
  let current: Section = { headingPath: [], blocks: [] };
  let sawHeading = false;
  for (const token of marked.lexer(markdown)) {
    if (token.type !== 'heading') {
      current.blocks.push(...blocksOf(token));
      continue;
    }
    const heading = token as Tokens.Heading;
    const text = inlineText(heading.tokens, heading.text);
    if (current.blocks.length > 0) sections.push(current);
    const isTitle = !sawHeading && heading.depth === 1 && text.trim().toLowerCase() === title.trim().toLowerCase();
    sawHeading = true;
    if (isTitle) {
      current = { headingPath: [], blocks: [] };
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    stack.push({ depth: heading.depth, text });
    current = { headingPath: stack.map((h) => h.text), blocks: [] };
  }
  if (current.blocks.length > 0) sections.push(current);
  return sections;
}
