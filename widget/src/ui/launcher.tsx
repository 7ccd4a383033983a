import type { Chat, ChatState } from '../chat.js';
import { Icon } from './icons.js';

export function Launcher(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const label = state.isOpen ? chat.t('close') : chat.t('open');
  const unread = state.isOpen ? 0 : state.unread;
  return (
    <button class="launcher" id="parley-launcher" type="button" aria-label={unread ? `${label} (${chat.t('unread', { n: unread })})` : label}
      aria-expanded={state.isOpen} aria-controls="parley-panel" onClick={() => chat.setOpen(!state.isOpen)}>
      <Icon name={state.isOpen ? 'down' : 'chat'} size={26} fill={!state.isOpen} />
      {unread > 0 && <span class="badge" aria-hidden="true">{unread > 9 ? '9+' : unread}</span>}
    </button>
  );
}
