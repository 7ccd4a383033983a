/** The open chat: header, the conversation or the history list, and the composer. */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Chat, ChatState } from '../chat.js';
import { Header } from './header.js';
import { Conversation } from './conversation.js';
import { History } from './history.js';
import { Composer } from './composer.js';
import { Icon } from './icons.js';

export function Panel(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const panel = useRef<HTMLDivElement>(null);

  // Escape closes and gives focus back to the launcher, like any dialog.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    chat.setOpen(false);
  };

  useEffect(() => {
    (panel.current?.querySelector('textarea') ?? panel.current?.querySelector('button'))?.focus();
  }, [state.view]);

  // Closing with focus inside (close button, Escape) returns focus to the launcher, never lost to <body>.
  useLayoutEffect(() => () => {
    const root = panel.current?.getRootNode() as ShadowRoot | undefined;
    if (root?.activeElement && panel.current?.contains(root.activeElement)) root.getElementById('parley-launcher')?.focus();
  }, []);

  return (
    <div class="panel" id="parley-panel" ref={panel} role="dialog" aria-label={chat.t('dialog', { store: state.config?.name ?? '' })} onKeyDown={onKeyDown}>
      <Header chat={chat} state={state} />
      {state.link === 'offline' && (
        <div class="banner" role="status">
          <Icon name="alert" size={16} />
          {navigator.onLine ? chat.t('reconnecting') : chat.t('offline')}
        </div>
      )}
      {state.view === 'history' ? <History chat={chat} state={state} /> : <Conversation chat={chat} state={state} />}
      {state.view === 'chat' && <Composer chat={chat} state={state} />}
      <div class="foot" aria-hidden="true">{chat.t('poweredBy')}</div>
    </div>
  );
}
