/** One message: author line, text (text nodes and safe links only), images, card, sources, status. */
import type { Message } from '../../../protocol/messages.js';
import type { Chat } from '../chat.js';
import type { PendingMessage } from '../timeline.js';
import { richText } from '../rich-text.js';
import { Card } from './cards.js';
import { Icon } from './icons.js';

export function RichText(props: { text: string }) {
  return (
    <>
      {richText(props.text).map((piece, i) =>
        piece.kind === 'link' ? <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer nofollow">{piece.text}</a>
          : piece.kind === 'bold' ? <strong key={i}>{piece.text}</strong>
          : piece.text,
      )}
    </>
  );
}

const time = (iso: string, locale: string) => {
  try {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
  } catch {
    return '';
  }
};

export function MessageRow(props: { chat: Chat; message: Message; previous: Message | undefined; showSent: boolean }) {
  const chat = props.chat;
  const m = props.message;
  const previous = props.previous;
  if (m.author === 'system') return <li class="system" dir="auto">{m.text}</li>;
  const mine = m.author === 'shopper';
  const images = m.payload?.attachments ?? [];
  const newGroup = !previous || previous.author !== m.author || previous.agentName !== m.agentName;
  const onlyImages = images.length > 0 && m.text.split('\n').every((line) => images.some((a) => line === `📷 ${a.name}`));
  return (
    <li class={mine ? 'row me' : 'row'}>
      {!mine && newGroup && <p class="who">{chat.authorName(m)}</p>}
      {!mine && <span class="sr">{chat.authorName(m)}: </span>}
      {images.length > 0 && (
        <div class="imgs">
          {images.map((a) => {
            const src = chat.attachments.imageUrl(a);
            const scale = a.width && a.height ? Math.min(1, 200 / Math.max(a.width, a.height)) : 1;
            return src
              ? <img key={a.id} class="img" src={src} alt={a.name} width={a.width ? Math.round(a.width * scale) : undefined} height={a.height ? Math.round(a.height * scale) : undefined} />
              : <span key={a.id} class="img" style={`width:${Math.round((a.width ?? 160) * scale)}px;height:${Math.round((a.height ?? 120) * scale)}px`} role="img" aria-label={a.name} />;
          })}
        </div>
      )}
      {!onlyImages && <p class="bubble" dir="auto" title={time(m.createdAt, chat.formatLocale())}><RichText text={m.text} /></p>}
      {m.payload && <Card chat={chat} payload={m.payload} />}
      {m.sources && m.sources.length > 0 && (
        <p class="sources">
          {chat.t('sources')}:{' '}
          {m.sources.map((s) => (s.url ? <a key={s.articleId} href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : <span key={s.articleId}>{s.title} </span>))}
        </p>
      )}
      {props.showSent && <p class="meta"><Icon name="check" size={12} />{chat.t('sent')} · {time(m.createdAt, chat.formatLocale())}</p>}
    </li>
  );
}

export function PendingRow(props: { chat: Chat; pending: PendingMessage }) {
  const chat = props.chat;
  const p = props.pending;
  return (
    <li class="row me">
      {p.previews && p.previews.length > 0 && (
        <div class="imgs">{p.previews.map((src) => <img key={src} class="img" src={src} alt={chat.t('image')} />)}</div>
      )}
      {p.text && <p class="bubble" dir="auto"><RichText text={p.text} /></p>}
      {p.state === 'failed' ? (
        <p class="meta failed" role="alert">
          <Icon name="alert" size={12} />{chat.t('failed')}
          <button type="button" onClick={() => chat.retry(p.clientId)}>{chat.t('retry')}</button>
        </p>
      ) : (
        <p class="meta">{chat.t('sending')}</p>
      )}
    </li>
  );
}
