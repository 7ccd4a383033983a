/**
 * The link to Parley's `/widget` namespace. The browser's offline/online events drop and restore it
 * at once instead of waiting for a ping timeout.
 */
import type { WidgetAuth, WidgetClientToServer } from '../../protocol/widget-events.js';
import { IoSocket } from './transport/socket.js';
import type { TransportName } from './transport/engine.js';

export type WidgetSocket = IoSocket;

export const ACK_TIMEOUT_MS = 10_000;

export function openSocket(host: string, auth: () => WidgetAuth, transports?: TransportName[]): WidgetSocket {
  const socket = new IoSocket(host, '/widget', { auth, transports: transports ?? ['websocket', 'polling'] });
  addEventListener('offline', () => socket.disconnect());
  addEventListener('online', () => socket.connect());
  return socket.connect();
}

export type AckResult<T> = ({ ok: true } & T) | { ok: false; code: string; error: string };

/** Emits with an acknowledgement; a timeout or lost link resolves as `{ok: false, code: 'TIMEOUT'}`. */
export async function request<T>(socket: WidgetSocket, event: keyof WidgetClientToServer, data: unknown): Promise<AckResult<T>> {
  try {
    return (await socket.request(event, data, ACK_TIMEOUT_MS)) as AckResult<T>;
  } catch {
    return { ok: false, code: 'TIMEOUT', error: 'no answer' };
  }
}
