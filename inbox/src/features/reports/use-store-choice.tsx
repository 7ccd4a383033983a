/** The store a reports page is about: the first the agent may see (admins only for admin pages), switchable. */
import { useStore } from '../../state/store.js';
import { useVar, type Var } from '../../lib/use-var.js';

export interface StoreChoice {
  stores: Array<{ storeId: string; storeName: string }>;
  storeId: Var<string>;
}

export function useStoreChoice(role: 'admin' | 'agent'): StoreChoice {
  const stores = useStore((s) => (s.me?.stores ?? []).filter((x) => role === 'agent' || x.role === 'admin'));
  const storeId = useVar(stores[0]?.storeId ?? '');
  return { stores, storeId };
}

export function StorePicker(props: { choice: StoreChoice }) {
  const c = props.choice;
  if (c.stores.length < 2) return <span class="muted">{c.stores[0]?.storeName ?? ''}</span>;
  return (
    <select aria-label="Store" value={c.storeId.value} onChange={(e) => c.storeId.set(e.currentTarget.value)}>
      {c.stores.map((s) => (
        <option key={s.storeId} value={s.storeId}>{s.storeName}</option>
      ))}
    </select>
  );
}
