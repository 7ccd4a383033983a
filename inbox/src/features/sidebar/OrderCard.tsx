/** An order: status, items, parcels with their tracking timeline, and the actions policy allows now. */
import { useVar } from '../../lib/use-var.js';
import type { OrderView } from '../../../../protocol/agent-events.js';
import { dateTime } from '../../lib/format.js';
import { Icon } from '../../lib/icons.js';

const ACTION_LABEL: Record<string, string> = { cancel: 'Cancel', change_address: 'Change address', return: 'Return' };

function orderStatus(o: OrderView): string {
  if (o.cancelledAt) return 'cancelled';
  if (o.shipments.some((s) => s.deliveredAt)) return 'delivered';
  if (o.fulfillmentStatus === 'fulfilled') return 'shipped';
  if (o.fulfillmentStatus === 'partial') return 'partly shipped';
  if (o.processedAt) return 'processing';
  return o.financialStatus === 'pending' ? 'awaiting payment' : 'not processed';
}

export function OrderCard(props: { order: OrderView }) {
  const o = props.order;
  const open = useVar(false);
  const money = o.totalPrice ? new Intl.NumberFormat(undefined, { style: 'currency', currency: o.currency }).format(Number(o.totalPrice)) : '';
  return (
    <div class="order" data-testid="order">
      <button class="order-head" aria-expanded={open.value} onClick={() => open.set(!open.value)}>
        <strong>{o.name}</strong>
        <span class={`pill order-${orderStatus(o).replace(' ', '-')}`}>{orderStatus(o)}</span>
        <span class="spacer" />
        <span>{money}</span>
        <span class="chev">{open.value ? '▾' : '▸'}</span>
      </button>
      <div class="small muted">
        Placed {dateTime(o.placedAt)}
        {o.matchedBy === 'mentioned' ? ' · named in chat, not verified' : ''}
      </div>
      {open.value && (
        <div class="order-body">
          <ul class="items">
            {o.items.map((i, n) => (
              <li key={n}>
                {i.quantity}× {i.title}
                {i.variant ? <span class="muted"> — {i.variant}</span> : null}
              </li>
            ))}
          </ul>
          {o.shipments.map((s) => (
            <div key={s.trackingNumber} class="shipment">
              <div>
                <strong>{s.carrier}</strong>{' '}
                {s.trackingUrl && /^https?:\/\//.test(s.trackingUrl) ? (
                  <a href={s.trackingUrl} target="_blank" rel="noopener noreferrer">
                    {s.trackingNumber}
                  </a>
                ) : (
                  s.trackingNumber
                )}{' '}
                <span class="pill pill-soft">{s.status ?? 'unknown'}</span>
              </div>
              {s.expectedDelivery && !s.deliveredAt && <div class="small muted">Expected {s.expectedDelivery}</div>}
              <ol class="timeline">
                {s.events.map((e, n) => (
                  <li key={n}>
                    <div class="tl-when">{e.occurredLocal.replace('T', ' ').slice(0, 16)}</div>
                    <div>
                      {e.message}
                      {e.location ? <span class="muted"> · {e.location}</span> : null}
                    </div>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
      <ul class="actions-list">
        {o.actions.map((a) => (
          <li key={a.action} class={a.allowed ? 'allowed' : 'denied'} title={a.reason}>
            <Icon name={a.allowed ? 'check' : 'x'} size={11} /> {ACTION_LABEL[a.action] ?? a.action} <span class="muted small">— {a.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
