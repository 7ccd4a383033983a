/** socket.io clients for tests: a shopper's widget connection and a logged-in agent's inbox connection. */
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../protocol/messages.js';

export function widgetSocket(baseUrl: string, auth: Record<string, unknown>): Socket {
  return io(`${baseUrl}/widget`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
}

export function agentSocket(baseUrl: string, cookie: string): Socket {
  return io(`${baseUrl}/agents`, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
}

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

export function emitAck<T = Record<string, unknown>>(socket: Socket, event: string, data: unknown): Promise<T> {
  return socket.timeout(10_000).emitWithAck(event, data) as Promise<T>;
}

/** Resolves with the first `event` payload that matches. */
export function waitFor<T = Message>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}
