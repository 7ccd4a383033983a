/** Message text as text (never HTML): line breaks kept, http(s) links clickable, nothing else interpreted. */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;

export function MessageText(props: { text: string }) {
  const text = props.text;
  const parts: Array<string | { url: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)]+$/, '');
    parts.push(text.slice(last, match.index));
    parts.push({ url });
    last = match.index! + url.length;
  }
  parts.push(text.slice(last));
  return (
    <span class="msg-text">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <a key={i} href={p.url} target="_blank" rel="noopener noreferrer nofollow">
            {p.url}
          </a>
        ),
      )}
    </span>
  );
}
