/** Snooze until a time: quick choices or a date and time. */
import { useVar } from '../../lib/use-var.js';
import type { InboxItem } from '../../../../protocol/agent-events.js';
import { setStatus } from '../../state/actions.js';

function tomorrowAt(hour: number): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  return d;
}

export function SnoozeMenu(props: { item: InboxItem }) {
  const item = props.item;
  const open = useVar(false);
  const custom = useVar('');
  const snooze = (until: Date) => {
    open.set(false);
    void setStatus(item.storeId, item.id, 'snoozed', until.toISOString()).catch(() => undefined);
  };
  const choices: Array<[string, () => Date]> = [
    ['1 hour', () => new Date(Date.now() + 3_600_000)],
    ['4 hours', () => new Date(Date.now() + 4 * 3_600_000)],
    ['Tomorrow 9:00', () => tomorrowAt(9)],
    ['Next week', () => new Date(Date.now() + 7 * 86_400_000)],
  ];
  return (
    <div class="menu-wrap">
      <button class="btn" aria-expanded={open.value} onClick={() => open.set(!open.value)} title="Snooze (s)" data-testid="snooze">
        Snooze
      </button>
      {open.value && (
        <div class="menu" role="menu">
          {choices.map((choice) => (
            <button key={choice[0]} role="menuitem" class="menu-item" onClick={() => snooze(choice[1]())}>
              {choice[0]}
            </button>
          ))}
          <div class="menu-custom">
            <input type="datetime-local" aria-label="Snooze until" value={custom.value} onInput={(e) => custom.set(e.currentTarget.value)} />
            <button class="btn btn-small" disabled={!custom.value} onClick={() => snooze(new Date(custom.value))}>
              Set
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
