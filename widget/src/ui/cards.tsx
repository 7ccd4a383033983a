/**
 * Structured answers under a message: order, tracking and size cards. Payloads come from the
 * assistant; every field is checked before use and an unknown kind renders nothing.
 */
import type { MessagePayload, OrderCardPayload, SizeCardPayload, TrackingCardPayload } from '../../../protocol/messages.js';
import type { Chat } from '../chat.js';
import type { StringKey } from '../i18n/translate.js';
import { safeHref } from '../rich-text.js';
import { Icon } from './icons.js';

const TONE: Record<string, string> = {
  delivered: 'ok', fulfilled: 'ok', refunded: 'bad', cancelled: 'bad', returned: 'bad', customs: 'warn', failed_attempt: 'warn',
  exception: 'warn', expired: 'warn', pending: 'warn', partially_fulfilled: 'warn',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function StatusPill(props: { chat: Chat; status: string; label?: string | undefined }) {
  const chat = props.chat;
  const status = props.status;
  const known = chat.state.strings[`st_${status}`] ? chat.t(`st_${status}` as StringKey) : status.replace(/_/g, ' ');
  return <span class={`pill ${TONE[status] ?? 'go'}`}>{props.label ?? known}</span>;
}

function when(iso: string | undefined, locale: string, withTime = false): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, withTime ? { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' } : { day: 'numeric', month: 'short' }).format(date);
}

function TrackLink(props: { chat: Chat; url: unknown }) {
  const href = typeof props.url === 'string' ? safeHref(props.url) : undefined;
  return href ? <a class="link" href={href} target="_blank" rel="noopener noreferrer">{props.chat.t('trackParcel')}<Icon name="external" size={13} /></a> : null;
}

function OrderCard(props: { chat: Chat; p: OrderCardPayload }) {
  const chat = props.chat;
  const p = props.p;
  const o = p.order;
  const locale = chat.formatLocale();
  const items = Array.isArray(o.items) ? o.items.filter((i) => str(i?.title)) : [];
  const steps = Array.isArray(o.timeline) ? o.timeline.filter((s) => str(s?.at)) : [];
  return (
    <div class="card">
      <h3>{chat.t('order', { name: o.name })}<StatusPill chat={chat} status={o.status} label={str(o.statusLabel)} /></h3>
      <p class="sub">{[when(str(o.placedAt), locale), str(o.total)].filter(Boolean).join(' · ')}</p>
      {items.length > 0 && <ul>{items.slice(0, 5).map((i, k) => <li key={k}><span>{i.quantity} × {i.title}{i.variant ? ` (${i.variant})` : ''}</span></li>)}</ul>}
      {steps.length > 0 && (
        <ol class="steps">
          {[...steps].reverse().slice(0, 4).map((s, k) => <li key={k}>{s.label ?? (s.status ? chat.t(`st_${s.status}` as StringKey) : '')}<time>{when(s.at, locale, true)}</time></li>)}
        </ol>
      )}
      {(o.tracking ?? []).slice(0, 2).map((t) => <TrackLink key={t.number} chat={chat} url={t.url} />)}
    </div>
  );
}

function TrackingCard(props: { chat: Chat; p: TrackingCardPayload }) {
  const chat = props.chat;
  const p = props.p;
  const locale = chat.formatLocale();
  const events = (Array.isArray(p.events) ? p.events.filter((e) => str(e?.time) && str(e?.message)) : []).sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  return (
    <div class="card">
      <h3><span>{p.carrier}</span><StatusPill chat={chat} status={p.status} label={str(p.statusLabel)} /></h3>
      <p class="sub">{p.number}{p.expectedDelivery ? ` · ${chat.t('expected', { date: when(p.expectedDelivery, locale) })}` : ''}</p>
      {events.length > 0 && (
        <ol class="steps">
          {events.slice(0, 4).map((e, k) => <li key={k}>{e.message}{e.location ? ` — ${e.location}` : ''}<time>{when(e.time, locale, true)}</time></li>)}
        </ol>
      )}
      <TrackLink chat={chat} url={p.url} />
    </div>
  );
}

function SizeCard(props: { chat: Chat; p: SizeCardPayload }) {
  const chat = props.chat;
  const p = props.p;
  const rows = Array.isArray(p.measurements) ? p.measurements.filter((m) => str(m?.label) && str(m?.value)) : [];
  const labels = p.labels && typeof p.labels === 'object' ? Object.keys(p.labels).filter((k) => typeof p.labels?.[k] === 'string') : [];
  return (
    <div class="card size">
      <h3>{chat.t('size', { size: p.size })}{p.chartTitle && <span class="pill">{p.chartTitle}</span>}</h3>
      {rows.length > 0 && <table><tbody>{rows.map((m) => <tr key={m.label}><th scope="row">{m.label}</th><td>{m.value}</td></tr>)}</tbody></table>}
      {labels.length > 0 && <p class="sub">{labels.map((k) => `${k} ${p.labels?.[k]}`).join(' · ')}</p>}
      {str(p.fitNote) && <p class="sub">{p.fitNote}</p>}
    </div>
  );
}

export function Card(props: { chat: Chat; payload: MessagePayload }) {
  const chat = props.chat;
  const payload = props.payload;
  if (payload.kind === 'order' && typeof (payload as OrderCardPayload).order?.name === 'string') return <OrderCard chat={chat} p={payload as OrderCardPayload} />;
  if (payload.kind === 'tracking' && str(payload.number) && str(payload.carrier)) return <TrackingCard chat={chat} p={{ status: 'in_transit', ...payload } as TrackingCardPayload} />;
  if (payload.kind === 'size' && str(payload.size)) return <SizeCard chat={chat} p={payload as SizeCardPayload} />;
  return null;
}
