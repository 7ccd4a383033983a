/** "How did we do?" once a conversation is resolved: thumbs or 1–5 (the store's choice) + comment. */
import { useState } from 'preact/hooks';
import type { Chat } from '../chat.js';
import { Icon } from './icons.js';

export function Csat(props: { chat: Chat; scale: 'thumbs' | 'five' }) {
  const chat = props.chat;
  const scale = props.scale;
  const ratingState = useState<number | null>(null);
  const rating = ratingState[0];
  const commentState = useState('');
  const comment = commentState[0];
  const busyState = useState(false);
  const busy = busyState[0];
  const setRating = ratingState[1];
  const setComment = commentState[1];
  const setBusy = busyState[1];
  const options = scale === 'thumbs' ? [1, 0] : [1, 2, 3, 4, 5];
  const submit = async () => {
    if (rating === null) return;
    setBusy(true);
    if (!(await chat.rate(rating, comment))) setBusy(false);
  };
  return (
    <li class="csat">
      <h3 id="parley-csat">{chat.t('csatTitle')}</h3>
      <div class={scale === 'thumbs' ? 'scale' : 'scale stars'} role="group" aria-labelledby="parley-csat">
        {options.map((n) => (
          <button key={n} type="button" class={scale === 'five' && rating !== null && n <= rating ? 'on' : undefined} aria-pressed={rating === n} onClick={() => setRating(n)}
            aria-label={scale === 'thumbs' ? chat.t(n ? 'csatUp' : 'csatDown') : chat.t('csatStar', { n })}>
            {scale === 'thumbs' ? <span style={n ? undefined : 'transform:rotate(180deg)'}><Icon name="up" size={18} /></span> : <Icon name="star" size={18} fill={rating !== null && n <= rating} />}
          </button>
        ))}
      </div>
      {rating !== null && <textarea aria-label={chat.t('csatComment')} placeholder={chat.t('csatComment')} maxLength={2000} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />}
      <button type="button" class="primary" disabled={rating === null || busy} onClick={() => void submit()}>{chat.t('csatSend')}</button>
    </li>
  );
}
