/** The shopper's conversations on this device (and, when signed in, their others). */
import type { Chat, ChatState } from '../chat.js';
import { Icon } from './icons.js';

export function History(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const list = state.conversations;
  const date = (iso: string) => new Intl.DateTimeFormat(chat.formatLocale(), { day: 'numeric', month: 'short' }).format(new Date(iso));
  return (
    <div class="body">
      <div class="history">
        {list === null ? <p class="empty" role="status">…</p> : list.length === 0 ? <p class="empty">{chat.t('noHistory')}</p> : (
          <ul class="history">
            {list.map((c) => (
              <li key={c.id}>
                <button type="button" class="conv" aria-current={c.id === state.session?.conversationId ? 'true' : undefined}
                  onClick={() => void (c.id === state.session?.conversationId ? chat.set({ view: 'chat' }) : chat.openConversation(c.token ? { token: c.token } : { conversationId: c.id }))}>
                  <span class="line"><span>{date(c.lastMessageAt)}</span><span class={`pill ${c.status === 'resolved' ? 'ok' : 'go'}`}>{chat.t(c.status === 'resolved' ? 'statusResolved' : 'statusOpen')}</span></span>
                  <span class="preview">{c.lastMessagePreview}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="button" class="primary" onClick={() => void chat.newConversation()}><Icon name="plus" size={16} />{chat.t('newConversation')}</button>
      </div>
    </div>
  );
}

