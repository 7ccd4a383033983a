/** Who the shopper is, their orders (items, tracking timeline, what policy allows) and earlier conversations. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import type { CustomerContext, InboxItem } from '../../../../protocol/agent-events.js';
import { api } from '../../lib/api.js';
import { openConversation } from '../../state/actions.js';
import { ago, languageName, localTime } from '../../lib/format.js';
import { useNow } from '../../lib/use-now.js';
import { OrderCard } from './OrderCard.js';

export function CustomerPanel(props: { item: InboxItem }) {
  const item = props.item;
  const context = useVar<CustomerContext | null>(null);
  const failed = useVar(false);
  useNow(60_000);
  useEffect(() => {
    context.set(null);
    failed.set(false);
    api.get<CustomerContext>(`/api/stores/${item.storeId}/conversations/${item.id}/context`).then(context.set, () => failed.set(true));
  }, [item.id, item.customerName, item.contactEmail]);

  if (failed.value) return <div class="panel muted">Could not load the customer.</div>;
  if (!context.value) return <div class="panel muted">Loading…</div>;
  const c = context.value.customer;
  return (
    <div class="panel-scroll">
      <section class="panel" data-testid="customer-card">
        {c ? (
          <>
            <h3 class="customer-name">
              {c.name ?? c.email ?? 'Visitor'} {c.country && <span class="pill pill-soft">{c.country}</span>}
            </h3>
            <dl class="facts">
              {c.email && (
                <>
                  <dt>E-mail</dt>
                  <dd>{c.email}</dd>
                </>
              )}
              <dt>Language</dt>
              <dd>{languageName(c.locale ?? item.locale)}</dd>
              {c.timezone && (
                <>
                  <dt>Local time</dt>
                  <dd>{localTime(c.timezone)}</dd>
                </>
              )}
              {c.country && (
                <>
                  <dt>Country</dt>
                  <dd>{c.country}</dd>
                </>
              )}
            </dl>
            {c.tags.length > 0 && (
              <div class="tags">
                {c.tags.map((t) => (
                  <span key={t} class={`pill ${t === 'vip' ? 'pill-high' : 'pill-soft'}`}>
                    {t}
                  </span>
                ))}
              </div>
            )}
            {!c.id && <p class="small muted">Not signed in; e-mail left in the chat.</p>}
          </>
        ) : (
          <>
            <h3 class="customer-name">Anonymous visitor</h3>
            <p class="small muted">Not signed in on the store. Ask for the order number and e-mail to verify.</p>
          </>
        )}
        {context.value.page && typeof context.value.page.url === 'string' && /^https?:\/\//.test(context.value.page.url) && (
          <p class="small">
            On page:{' '}
            <a href={context.value.page.url} target="_blank" rel="noopener noreferrer">
              {typeof context.value.page.title === 'string' ? context.value.page.title : context.value.page.url}
            </a>
          </p>
        )}
      </section>
      <section class="panel">
        <h4>Orders</h4>
        {context.value.orders.length === 0 && <p class="small muted">No orders found for this shopper.</p>}
        {context.value.orders.map((o) => (
          <OrderCard key={o.id} order={o} />
        ))}
      </section>
      <section class="panel">
        <h4>Previous conversations</h4>
        {context.value.previousConversations.length === 0 && <p class="small muted">None.</p>}
        <ul class="plain-list">
          {context.value.previousConversations.map((p) => (
            <li key={p.id}>
              <button class="prev-conv" onClick={() => void openConversation(item.storeId, p.id)}>
                <span class={`status status-${p.status}`}>{p.status}</span> {p.preview ?? '—'} <span class="muted">· {ago(p.lastMessageAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
