/** Time to first human reply against the store's target (business hours). */
import type { SlaStatus } from '../../../../protocol/agent-events.js';
import { duration } from '../../lib/format.js';
import { Icon } from '../../lib/icons.js';

export function SlaBadge(props: { sla: SlaStatus }) {
  const sla = props.sla;
  if (sla.firstReplyAt) {
    return (
      <span class={`pill ${sla.breached ? 'pill-sla-late' : 'pill-sla-ok'}`} title={`First reply after ${duration(sla.elapsedMinutes)} (target ${duration(sla.targetMinutes)})`}>
        <Icon name="check" size={11} /> {duration(sla.elapsedMinutes)}
      </span>
    );
  }
  const due = sla.dueAt ? new Date(sla.dueAt).getTime() : null;
  const left = due === null ? null : (due - Date.now()) / 60_000;
  const late = sla.breached || (left !== null && left < 0);
  const soon = !late && left !== null && left < sla.targetMinutes * 0.25;
  const text = late ? `${duration(left !== null ? -left : sla.elapsedMinutes - sla.targetMinutes)} over` : left !== null ? `${duration(left)} left` : 'no hours';
  return (
    <span class={`pill sla ${late ? 'pill-sla-late' : soon ? 'pill-sla-soon' : 'pill-sla-ok'}`} title={`First reply due ${sla.dueAt ? new Date(sla.dueAt).toLocaleString() : '—'} (business hours)`}>
      <Icon name="clock" size={11} /> {text}
    </span>
  );
}
