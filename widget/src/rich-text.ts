/**
 * Message text → a flat list of safe pieces (plain text, bold, links). Rendered as text nodes and
 * anchors only, never as HTML, so nothing a shopper, agent or model writes can inject markup.
 * Links: bare http(s) URLs and Markdown `[label](url)`; any other scheme stays plain text.
 */
export type RichPiece = { kind: 'text'; text: string } | { kind: 'bold'; text: string } | { kind: 'link'; text: string; href: string };

const PATTERN = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|\*\*([^*\n]{1,500})\*\*|(https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)\]}])/g;

export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function richText(text: string): RichPiece[] {
  const pieces: RichPiece[] = [];
  let last = 0;
  const push = (piece: RichPiece) => {
    const prev = pieces[pieces.length - 1];
    if (piece.kind === 'text' && prev?.kind === 'text') prev.text += piece.text;
    else pieces.push(piece);
  };
  for (const match of text.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) push({ kind: 'text', text: text.slice(last, index) });
    const whole = match[0];
    const label = match[1];
    const labelledUrl = match[2];
    const bold = match[3];
    const bare = match[4];
    const href = safeHref(labelledUrl ?? bare ?? '');
    if (bold !== undefined) push({ kind: 'bold', text: bold });
    else if (href) push({ kind: 'link', text: label ?? bare ?? href, href });
    else push({ kind: 'text', text: whole });
    last = index + whole.length;
  }
  if (last < text.length) push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
