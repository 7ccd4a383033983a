/** Store name, the team's availability, "Talk to a person", history and close. */
import type { WidgetAvailability } from '../../../protocol/widget-events.js';
import type { Chat, ChatState } from '../chat.js';
import { Icon } from './icons.js';

export function availabilityText(chat: Chat, a: WidgetAvailability | null): string {
  if (!a) return chat.t('offHours');
  const vars = { time: a.time ?? '', weekday: a.weekday ?? '', date: a.date ?? '' };
  switch (a.kind) {
    case 'open_now': {
      const m = a.replyMinutes;
      if (!m) return chat.t('online');
      return m < 60 ? chat.t('replyMinutes', { n: m }) : m < 24 * 60 ? chat.t('replyHours', { n: Math.round(m / 60) }) : chat.t('replyDay');
    }
    case 'today': return chat.t('backToday', vars);
    case 'tomorrow': return chat.t('backTomorrow', vars);
    case 'weekday': return chat.t('backWeekday', vars);
    case 'date': return chat.t('backDate', vars);
    default: return chat.t('offHours');
  }
}

export function Header(props: { chat: Chat; state: ChatState }) {
  const chat = props.chat;
  const state = props.state;
  const config = state.config!;
  const status = state.session?.status;
  const withTeam = status === 'open' || status === 'pending' || status === 'snoozed';
  const inHistory = state.view === 'history';
  return (
    <div class="head">
      <div class="head-row">
        {inHistory ? (
          <button class="icon-btn" type="button" aria-label={chat.t('back')} onClick={() => chat.set({ view: 'chat' })}>
            <Icon name="back" flip={config.rtl} />
          </button>
        ) : (
          <div class="avatar" aria-hidden="true">{config.name.trim().charAt(0).toUpperCase()}</div>
        )}
        <div class="title">
          <h2>{inHistory ? chat.t('history') : config.name}</h2>
          {!inHistory && (
            <p class="avail">
              {config.availability?.kind === 'open_now' && <span class="dot" aria-hidden="true" />}
              {availabilityText(chat, config.availability)}
            </p>
          )}
        </div>
        {!inHistory && (
          <button class="icon-btn" type="button" aria-label={chat.t('history')} onClick={() => void chat.showHistory()}>
            <Icon name="list" />
          </button>
        )}
        <button class="icon-btn" type="button" aria-label={chat.t('minimize')} onClick={() => chat.setOpen(false)}>
          <Icon name="close" />
        </button>
      </div>
      {!inHistory && (withTeam ? (
        <p class="with-team"><Icon name="person" size={15} />{chat.t('withTeam')}</p>
      ) : (
        <button class="human" type="button" onClick={() => void chat.requestHandoff()}>
          <Icon name="person" size={15} />{chat.t('talkToPerson')}
        </button>
      ))}
    </div>
  );
}
