/**
 * Article → passages for retrieval. Chunks follow the article's structure: a chunk never spans two
 * sections, so its heading path says what it is about; blocks are packed up to a target size and
 * only a block larger than the maximum is split — a paragraph at sentences, a list at items, a
 * table at rows with the header row repeated on every piece (a row is never separated from it).
 */
import { parseSections, splitSentences, type Block } from './blocks.js';
import { htmlToMarkdown, sanitizeMarkdown } from './sanitize.js';

/** Blocks are packed into a chunk up to about this many characters. */
export const CHUNK_TARGET_CHARS = 900;
/** No chunk is longer than this. */
export const CHUNK_MAX_CHARS = 1500;
/** A short lead-in ("Items must be:") stays with the block it introduces even past the target. */
const LEAD_IN_CHARS = 240;

export interface ChunkDraft {
  ordinal: number;
  headingPath: string[];
  content: string;
}

export interface ChunkInput {
  title: string;
  body: string;
  format: 'markdown' | 'html';
}

/** Cuts text longer than `max` at spaces (or anywhere, for CJK text without spaces). */
export function splitLong(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while ([...rest].length > max) {
    const chars = [...rest];
    const window = chars.slice(0, max).join('');
    const space = window.lastIndexOf(' ');
    const cut = space > max * 0.5 ? space : window.length;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Groups of a block's parts, each within `max` characters, for a block too large to keep whole. */
function splitBlock(block: Block): string[] {
  const header = block.header ? `${block.header}\n` : '';
  const room = CHUNK_MAX_CHARS - header.length;
  const joiner = block.kind === 'paragraph' ? ' ' : '\n';
  const units = block.parts.flatMap((part) => {
    if (part.length <= room) return [part];
    // A list item or row longer than a chunk: its sentences, then hard cuts.
    return splitSentences(part).flatMap((s) => splitLong(s, room));
  });
  const groups: string[] = [];
  let current = '';
  for (const unit of units) {
    const candidate = current ? current + joiner + unit : unit;
    if (current && candidate.length > Math.min(room, CHUNK_TARGET_CHARS)) {
      groups.push(header + current);
      current = unit;
    } else current = candidate;
  }
  if (current) groups.push(header + current);
  return groups;
}

export function chunkMarkdown(markdown: string, title: string): ChunkDraft[] {
  const chunks: ChunkDraft[] = [];
  const emit = (headingPath: string[], content: string) => {
    const text = content.trim();
    if (text) chunks.push({ ordinal: chunks.length, headingPath, content: text });
  };
  for (const section of parseSections(markdown, title)) {
    let current = '';
    for (const block of section.blocks) {
      const joined = current ? `${current}\n\n${block.text}` : block.text;
      if (block.text.length <= CHUNK_MAX_CHARS) {
        const isLeadIn = current.length > 0 && current.length <= LEAD_IN_CHARS;
        if (!current || joined.length <= CHUNK_TARGET_CHARS || (isLeadIn && joined.length <= CHUNK_MAX_CHARS)) {
          current = joined;
        } else {
          emit(section.headingPath, current);
          current = block.text;
        }
        continue;
      }
      const groups = splitBlock(block);
      // A short lead-in rides along with the first piece when it fits.
      if (current && current.length <= LEAD_IN_CHARS && current.length + 2 + groups[0]!.length <= CHUNK_MAX_CHARS) {
        groups[0] = `${current}\n\n${groups[0]}`;
      } else emit(section.headingPath, current);
      current = '';
      groups.slice(0, -1).forEach((group) => emit(section.headingPath, group));
      current = groups[groups.length - 1] ?? '';
    }
    emit(section.headingPath, current);
  }
  return chunks;
}

/** Chunks of an article body in either format (sanitised first: chunks never carry markup). */
export function chunkArticle(input: ChunkInput): ChunkDraft[] {
  const markdown = input.format === 'html' ? htmlToMarkdown(input.body) : sanitizeMarkdown(input.body);
  return chunkMarkdown(markdown, input.title);
}
