/**
 * Whether an order can still be changed or cancelled by self-service: inside the store's change window
 * and before the warehouse starts processing it. Used to answer before asking for a confirmation; the
 * authoritative check is the order action itself (commerce/actions).
 */
import type { OrderActionPolicy } from '../../commerce/actions/index.js';
import type { OrderDetail } from '../../commerce/query.js';

export type ChangeWindow =
  | { open: true; deadline: Date }
  | { open: false; deadline: Date; reason: 'action.outside_window' | 'action.already_processed' | 'action.already_shipped' | 'action.already_cancelled' };

export function changeWindow(order: OrderDetail, policy: OrderActionPolicy, now: Date): ChangeWindow {
  const deadline = new Date(Date.parse(order.placedAt) + policy.changeWindowHours * 3_600_000);
  if (order.stage === 'cancelled') return { open: false, deadline, reason: 'action.already_cancelled' };
  if (['shipped', 'partially_shipped', 'delivered'].includes(order.stage)) return { open: false, deadline, reason: 'action.already_shipped' };
  if (order.processedAt || order.stage === 'processing') return { open: false, deadline, reason: 'action.already_processed' };
  if (policy.changeWindowHours <= 0 || deadline.getTime() <= now.getTime()) return { open: false, deadline, reason: 'action.outside_window' };
  return { open: true, deadline };
}
