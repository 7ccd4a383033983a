/** The message log: welcome and suggestions, messages, pending sends, streams, typing, CSAT. */
import { useEffect, useRef } from 'preact/hooks';
import type { Chat, ChatState } from '../chat.js';
import { currentQuickReplies } from '../timeline.js';
import { MessageRow, PendingRow, RichText } from './message.js';
import { Csat } from './csat.js';

export function Conversation(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const body = useRef<HTMLDivElement>(null);
  const messages = state.messages;
  const pending = state.pending;
  const config = state.config;
  const streamIds = Object.keys(state.streams);
  const empty = messages.length === 0 && pending.length === 0;
  const suggestions = config?.suggestions.length ? config.suggestions : [chat.t('suggest1'), chat.t('suggest2'), chat.t('suggest3')];
  const quickReplies = pending.length ? [] : currentQuickReplies(messages);
  const status = state.session?.status;
  const withTeam = status === 'open' || status === 'pending' || status === 'snoozed';
  const last = messages[messages.length - 1];

  // Keep the newest message in view as things arrive.
  useEffect(() => {
    const el = body.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, pending.length, streamIds.length, state.typing, status, streamIds.map((id) => state.streams[id]?.length).join()]);

  return (
    <div class="body" ref={body} tabIndex={-1}>
      <ol class="log" aria-label={chat.t('dialog', { store: config?.name ?? '' })}>
        <li class="row">
          <p class="who">{config?.name}</p>
          <p class="bubble" dir="auto">{config?.welcome ?? chat.t('welcome')}</p>
          {empty && (
            <div class="chips">
              {suggestions.map((s) => <button type="button" class="chip" key={s} onClick={() => chat.send(s)}>{s}</button>)}
            </div>
          )}
        </li>
        {messages.map((m, i) => (
          <MessageRow key={m.id} chat={chat} message={m} previous={messages[i - 1]} showSent={m === last && m.author === 'shopper' && pending.length === 0} />
        ))}
        {pending.map((p) => <PendingRow key={p.clientId} chat={chat} pending={p} />)}
        {streamIds.map((id) => (
          <li class="row" key={id}>
            <p class="who">{chat.t('assistant')}</p>
            <p class="bubble stream" dir="auto"><RichText text={state.streams[id] ?? ''} /></p>
          </li>
        ))}
        {state.handoffAsked && withTeam && <li class="system">{chat.t('handoffAsked')}</li>}
        {state.typing && (
          <li class="row">
            <span class="typing" role="img" aria-label={chat.t('typing', { name: state.typing.name ?? (state.typing.author === 'agent' ? chat.t('team') : chat.t('assistant')) })}><i /><i /><i /></span>
          </li>
        )}
        {quickReplies.length > 0 && (
          <li class="chips">
            {quickReplies.map((q) => <button type="button" class="chip" key={q} onClick={() => chat.send(q)}>{q}</button>)}
          </li>
        )}
        {status === 'resolved' && messages.length > 0 && (
          <>
            <li class="system">{chat.t('resolved')}</li>
            {state.csatThanks ? <li class="system">{chat.t('csatThanks')}</li> : !state.session?.feedbackSubmitted && <Csat chat={chat} scale={config?.csat.scale ?? 'five'} />}
          </>
        )}
      </ol>
    </div>
  );
}
