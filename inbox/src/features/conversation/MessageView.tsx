/** One message: bubble by author, its language, translation (original one click away), e-mail status, sources. */
import { useVar } from '../../lib/use-var.js';
import type { InboxItem, InboxMessage } from '../../../../protocol/agent-events.js';
import type { AttachmentRef } from '../../../../protocol/messages.js';
import { useStore } from '../../state/store.js';
import { translate } from '../../state/actions.js';
import { clock, dateTime, languageName } from '../../lib/format.js';
import { MessageText } from './MessageText.js';
import { Icon } from '../../lib/icons.js';

const sameBase = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.split('-')[0] === b.split('-')[0]);

export function MessageView(props: { message: InboxMessage; conversation: InboxItem; translation: boolean }) {
  const m = props.message;
  const conversation = props.conversation;
  const translation = props.translation;
  const myLanguage = useStore((s) => s.me?.agent.languages[0] ?? 'en');
  const showOriginal = useVar(false);

  if (m.payload?.kind === 'activity') {
    return (
      <div class="activity" data-author="activity" title={dateTime(m.createdAt)}>
        <span>{m.text}</span> · <time>{clock(m.createdAt)}</time>
      </div>
    );
  }
  if (m.author === 'system' && !m.internal) {
    return (
      <div class="system-line" data-author="system">
        {m.text} · <time>{clock(m.createdAt)}</time>
      </div>
    );
  }
  const merged = typeof m.payload?.mergedFrom === 'string';
  const isNote = m.internal && !merged;
  const side = m.author === 'shopper' ? 'left' : 'right';
  const who = m.author === 'shopper' ? 'Shopper' : m.author === 'assistant' ? 'Assistant' : m.author === 'system' ? 'Note' : (m.agentName ?? 'Agent');
  const foreign = m.author === 'shopper' && m.language && !sameBase(m.language, myLanguage);
  const translated = m.translation && !showOriginal.value ? m.translation.text : null;
  const original = (m.payload?.original ?? null) as { text: string; language: string } | null;
  // Photos the shopper attached (a damaged item, a wrong colour): served to the store's agents only.
  const photos = (Array.isArray(m.payload?.attachments) ? m.payload.attachments : []) as AttachmentRef[];
  const photoUrl = (a: AttachmentRef) => `/api/stores/${encodeURIComponent(conversation.storeId)}/attachments/${encodeURIComponent(a.id)}`;

  return (
    <div class={`msg msg-${side} msg-${m.author} ${isNote ? 'msg-note' : ''} ${merged ? 'msg-merged' : ''}`} data-author={m.author} data-message-id={m.id}>
      <div class="msg-head">
        <span class="msg-who">{isNote ? <><Icon name="lock" size={11} /> {who} · private note</> : who}</span>
        {m.language && (
          <span class="pill pill-lang" title={`${languageName(m.language)}${m.languageDetected ? ' (detected)' : ''}`} data-testid="message-language">
            {m.language.toUpperCase()}
            {m.languageDetected ? '·auto' : ''}
          </span>
        )}
        {merged && <span class="pill pill-soft">from merged conversation</span>}
        <time title={dateTime(m.createdAt)}>{clock(m.createdAt)}</time>
      </div>
      <div class="msg-bubble">
        <MessageText text={translated ?? m.text} />
      </div>
      {photos.length > 0 && (
        <div class="msg-photos" data-testid="message-photos">
          {photos.map((a) => (
            <a key={a.id} href={photoUrl(a)} target="_blank" rel="noopener noreferrer" title={`${a.name} · open full size`}>
              <img src={photoUrl(a)} alt={a.name} loading="lazy" width={a.width ?? undefined} height={a.height ?? undefined} />
            </a>
          ))}
        </div>
      )}
      <div class="msg-foot">
        {translated && (
          <button class="btn-link small" onClick={() => showOriginal.set(true)}>
            Translated from {languageName(m.language)} · show original
          </button>
        )}
        {m.translation && showOriginal.value && (
          <button class="btn-link small" onClick={() => showOriginal.set(false)}>
            Show translation
          </button>
        )}
        {foreign && translation && !m.translation && (
          <button class="btn-link small" onClick={() => void translate(conversation.storeId, conversation.id, m.id)}>
            Translate to {languageName(myLanguage)}
          </button>
        )}
        {original && <span class="small muted" title={original.text}>Written in {languageName(original.language)}: “{original.text.slice(0, 80)}”</span>}
        {m.email && (
          <span class={`small ${m.email.status === 'failed' ? 'text-danger' : 'muted'}`} data-testid="email-status">
            <Icon name="mail" size={11} /> {m.email.status === 'received' ? `by e-mail from ${m.email.address}` : m.email.status === 'sent' ? `also e-mailed to ${m.email.address}` : `e-mail to ${m.email.address} failed`}
          </span>
        )}
        {m.sources && m.sources.length > 0 && (
          <span class="small muted">
            Sources:{' '}
            {m.sources.map((s, i) =>
              s.url && /^(https?:\/\/|\/(?!\/))/.test(s.url) ? (
                <a key={i} href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <span key={i}>{s.title}</span>
              ),
            )}
          </span>
        )}
      </div>
    </div>
  );
}
