/**
 * Abnormal orders for agents: parcels found lost or late, with the remedies the store's policy allows
 * (and what each costs), to approve or turn down; any other order can be looked up by number for a
 * damaged or wrong item. Every decision is recorded with its cost for the reports.
 */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { api } from '../../lib/api.js';
import { toast } from '../../state/store.js';
import { reportError } from '../../state/actions.js';
import { navigate } from '../../state/router.js';
import type { OrderProblem, RemedySuggestion } from './report-types.js';
import { StorePicker, useStoreChoice } from './use-store-choice.js';
import { label } from './format.js';

const PROBLEMS = ['late', 'lost', 'damaged', 'wrong_item'];

interface RemedyOptions {
  order: { id: string; name: string; currency: string; total: string | null };
  detected: string[];
  options: Record<string, RemedySuggestion[]>;
  decisions: Array<{ id: string; problem: string; remedy: string; status: string; amount: string | null; cost: string; currency: string; decidedByName: string | null }>;
}

function Suggestions(props: { storeId: string; orderId: string; problem: string; conversationId: string | null; suggestions: RemedySuggestion[]; onDecided: () => void }) {
  const busy = useVar(false);
  const decide = async (s: RemedySuggestion, decision: 'approved' | 'rejected') => {
    busy.set(true);
    try {
      await api.post(`/api/stores/${props.storeId}/orders/${props.orderId}/remedies`, {
        problem: props.problem, remedy: s.remedy, decision, amount: s.amount === null ? null : Number(s.amount), conversationId: props.conversationId,
      });
      toast(decision === 'approved' ? `Approved: ${label(s.remedy)}` : `Turned down: ${label(s.remedy)}`);
      props.onDecided();
    } catch (err) {
      reportError(err);
    } finally {
      busy.set(false);
    }
  };
  return (
    <table class="table remedies">
      <thead><tr><th>Remedy</th><th>To the shopper</th><th>Estimated cost</th><th /></tr></thead>
      <tbody>
        {props.suggestions.map((s) => (
          <tr key={s.remedy} data-remedy={s.remedy}>
            <td>{label(s.remedy)}{s.recommended && <span class="pill pill-soft"> lowest cost</span>}</td>
            <td>{s.amount === null ? 'ship it again' : `${s.amount} ${s.currency}`}</td>
            <td>{s.estimatedCost} {s.currency}</td>
            <td class="nowrap">
              <button class="btn btn-success btn-small" disabled={busy.value} onClick={() => void decide(s, 'approved')}>Approve</button>{' '}
              <button class="btn btn-small" disabled={busy.value} onClick={() => void decide(s, 'rejected')}>Turn down</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OrderProblemsPage() {
  const choice = useStoreChoice('agent');
  const storeId = choice.storeId.value;
  const problems = useVar<OrderProblem[] | null>(null);
  const number = useVar('');
  const lookedUp = useVar<RemedyOptions | null>(null);
  const problem = useVar('damaged');
  const refresh = () => {
    if (storeId) api.get<{ problems: OrderProblem[] }>(`/api/stores/${storeId}/order-problems`).then((r) => problems.set(r.problems), reportError);
  };
  useEffect(refresh, [storeId]);

  const loadOrder = async (orderId: string) => {
    const options = await api.get<RemedyOptions>(`/api/stores/${storeId}/orders/${orderId}/remedies`);
    lookedUp.set(options);
    if (options.detected[0]) problem.set(options.detected[0]);
  };
  const lookup = async () => {
    try {
      const found = await api.get<{ orders: Array<{ id: string; name: string }> }>(`/api/stores/${storeId}/orders?number=${encodeURIComponent(number.value.trim())}`);
      const first = found.orders[0];
      if (!first) toast(`No order ${number.value}`, 'error');
      else await loadOrder(first.id);
    } catch (err) {
      reportError(err);
    }
  };

  if (!storeId) return <main class="admin insights"><p class="pane-message">You are not a member of any store.</p></main>;
  const o = lookedUp.value;
  return (
    <main class="admin insights" aria-label="Order problems">
      <header class="admin-header">
        <h2>Order problems</h2>
        <StorePicker choice={choice} />
      </header>
      <div class="admin-body report-grid">
        <section class="card wide" aria-label="Lost and late parcels">
          <h3>Lost and late parcels without a remedy yet</h3>
          {problems.value === null ? <p class="muted">Loading…</p> : problems.value.length === 0 ? <p class="muted">Nothing waiting. Parcels appear here when the proactive scan finds them lost or late.</p> : (
            problems.value.map((p) => (
              <div key={`${p.orderId}-${p.problem}`} class="problem" data-order={p.orderName}>
                <div class="row-between">
                  <strong>{p.orderName} · {label(p.problem)}</strong>
                  <span class="muted small">{p.channel}{p.market ? ` · ${p.market}` : ''} · {p.total} {p.currency}</span>
                  {p.conversationId && <button class="btn-link small" onClick={() => navigate(`/inbox/c/${storeId}/${p.conversationId}`)}>Open conversation</button>}
                </div>
                <Suggestions storeId={storeId} orderId={p.orderId} problem={p.problem} conversationId={p.conversationId} suggestions={p.suggestions} onDecided={refresh} />
              </div>
            ))
          )}
        </section>
        <section class="card wide" aria-label="Another order">
          <h3>Damaged, wrong or another order</h3>
          <form class="row" onSubmit={(e) => { e.preventDefault(); void lookup(); }}>
            <input name="order-number" placeholder="Order number, e.g. #2024" value={number.value} onInput={(e) => number.set(e.currentTarget.value)} />
            <button class="btn btn-small" type="submit">Find</button>
          </form>
          {o && (
            <div class="problem">
              <div class="row">
                <strong>{o.order.name}</strong>
                <select aria-label="Problem" value={problem.value} onChange={(e) => problem.set(e.currentTarget.value)}>
                  {PROBLEMS.map((p) => <option key={p} value={p}>{label(p)}{o.detected.includes(p) ? ' (detected)' : ''}</option>)}
                </select>
              </div>
              <Suggestions storeId={storeId} orderId={o.order.id} problem={problem.value} conversationId={null} suggestions={o.options[problem.value] ?? []} onDecided={() => void loadOrder(o.order.id)} />
              {o.decisions.length > 0 && (
                <ul class="plain-list small">
                  {o.decisions.map((d) => <li key={d.id}>{d.status} {label(d.remedy)} for {label(d.problem)} — cost {d.cost} {d.currency}{d.decidedByName ? `, by ${d.decidedByName}` : ''}</li>)}
                </ul>
              )}
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
