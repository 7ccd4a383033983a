/**
 * Help-center Markdown as chat text: tables become one line per row with the header's labels
 * ("Express: Shenzhen · 3–6 business days"), emphasis markers and heading hashes go, list items keep a
 * bullet. The widget renders plain text (never HTML), so this is what the shopper reads.
 */
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export function markdownToChat(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let header: string[] | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('|')) {
      if (TABLE_SEPARATOR.test(line)) continue;
      const row = cells(line);
      if (!header) {
        header = row;
        continue;
      }
      const [first, ...rest] = row;
      const labelled = rest.map((value, i) => (header?.[i + 1] ? `${header[i + 1]}: ${value}` : value)).filter((v) => !/:\s*$/.test(v));
      out.push(`• ${first}${labelled.length ? ` — ${labelled.join(' · ')}` : ''}`);
      continue;
    }
    header = undefined;
    if (!line) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    out.push(line.replace(/^#{1,6}\s+/, '').replace(/^[-*+]\s+/, '• '));
  }
  return out
    .join('\n')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
