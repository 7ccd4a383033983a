/** Order actions: cancel, change address, return, exchange — policy, approval, record, note. */
export { requestOrderAction, type ActionActor, type OrderActionRequest, type OrderActionResult } from './request-action.js';
export { approveOrderAction, rejectOrderAction, type DecisionInput, type DecisionResult } from './decide-action.js';
export { orderActionView, type OrderActionView } from './action-view.js';
export { listOrderActions, getOrderAction, type OrderActionRow } from './order-actions-repository.js';
export { orderActionPolicy, type OrderActionPolicy } from './store-policy.js';
export * from './types.js';
