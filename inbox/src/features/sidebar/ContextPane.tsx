/** The right-hand pane: the customer with orders and tracking, or the copilot. */
import { useVar } from '../../lib/use-var.js';
import { useStore } from '../../state/store.js';
import { CustomerPanel } from './CustomerPanel.js';
import { CopilotPanel } from './CopilotPanel.js';

export function ContextPane() {
  const detail = useStore((s) => s.detail);
  const tab = useVar<'customer' | 'copilot'>('customer');
  if (!detail) return <aside class="context" />;
  const item = detail.conversation;
  return (
    <aside class="context" aria-label="Context">
      <div class="tabs" role="tablist">
        <button role="tab" aria-selected={tab.value === 'customer'} class={tab.value === 'customer' ? 'active' : ''} onClick={() => tab.set('customer')}>
          Customer
        </button>
        <button role="tab" aria-selected={tab.value === 'copilot'} class={tab.value === 'copilot' ? 'active' : ''} onClick={() => tab.set('copilot')}>
          Copilot
        </button>
      </div>
      {tab.value === 'customer' ? <CustomerPanel item={item} /> : <CopilotPanel item={item} usesModel={detail.features.copilotModel} />}
    </aside>
  );
}
