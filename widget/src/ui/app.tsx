/** The widget's root: the launcher, the panel when open, and the screen-reader announcer. */
import { useEffect, useReducer } from 'preact/hooks';
import type { Chat, ChatState } from '../chat.js';
import { readableOn, textOn } from '../color.js';
import { Launcher } from './launcher.js';
import { Panel } from './panel.js';

export function useChat(chat: Chat): ChatState {
  const rerender = useReducer((n: number) => n + 1, 0)[1];
  useEffect(() => chat.subscribe(() => rerender(0)), [chat]);
  return chat.state;
}

/** A darker shade of the brand colour for the header gradient. */
const shade = (hex: string) => `#${[1, 3, 5].map((i) => Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * 0.82).toString(16).padStart(2, '0')).join('')}`;

export function App(props: { chat: Chat }) {
  const chat = props.chat;
  const state = useChat(chat);
  const config = state.config;
  if (!config) return null;
  const color = config.color;
  const onBrand = textOn(color);
  const accent = readableOn(color);
  const vars = `--c:${color};--c2:${shade(color)};--ct:${onBrand};--ca:${accent};--ring:${accent}33`;
  const classes = ['root', state.isOpen ? 'open' : '', config.position === 'left' ? 'left' : '', onBrand === '#ffffff' ? '' : 'dark'].filter(Boolean).join(' ');
  // Keys typed in the chat stay in the chat: the page's own shortcuts ("/" for search…) see the
  // widget's host element as the target, not a text box, and would fire while the shopper types.
  const keep = (e: Event) => e.stopPropagation();
  return (
    <div class={classes} style={vars} dir={config.rtl ? 'rtl' : 'ltr'} lang={state.locale} onKeyDown={keep} onKeyUp={keep} onKeyPress={keep}>
      {state.isOpen && <Panel chat={chat} state={state} />}
      <Launcher chat={chat} state={state} />
      <div class="sr" role="status" aria-live="polite" aria-atomic="true">{state.announcement}</div>
    </div>
  );
}
