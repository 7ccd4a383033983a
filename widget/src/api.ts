/**
 * `window.Parley`: the public API. Calls made before the script loaded were queued by the snippet
 * (`window.Parley.q`, entries `[method, args]`) and are replayed in order.
 */
import type { WidgetIdentity } from '../../protocol/widget-events.js';
import type { Chat } from './chat.js';

export interface ParleyApi {
  open(): void;
  close(): void;
  toggle(): void;
  send(text: string): void;
  identify(identity: WidgetIdentity): void;
  setLocale(locale: string): void;
  on(event: string, fn: (payload?: unknown) => void): void;
  off(event: string, fn?: (payload?: unknown) => void): void;
  /** Forgets this device's conversations and identity (call when the shopper signs out). */
  reset(): void;
  readonly version: string;
}

export type QueuedCall = [string, unknown[]];

export function createApi(chat: Chat, ready: () => boolean): ParleyApi {
  return {
    version: '1',
    open: () => chat.setOpen(true),
    close: () => chat.setOpen(false),
    toggle: () => chat.setOpen(!chat.state.isOpen),
    send: (text) => typeof text === 'string' && chat.send(text),
    identify: (identity) => void (identity && typeof identity === 'object' && chat.identify(identity)),
    setLocale: (locale) => void (typeof locale === 'string' && chat.setLocale(locale)),
    on: (event, fn) => {
      chat.events.on(event, fn);
      // Subscribing to 'ready' after the fact still gets called: the snippet may run late.
      if (event === 'ready' && ready()) fn();
    },
    off: (event, fn) => chat.events.off(event, fn),
    reset: () => chat.reset(),
  };
}

/** Replays the `[method, args]` calls the snippet's stub queued, in order. */
export function replay(api: ParleyApi, queue: readonly QueuedCall[]): void {
  for (const entry of queue) {
    if (!Array.isArray(entry)) continue;
    const method = entry[0];
    const args = entry[1];
    const fn = (api as unknown as Record<string, unknown>)[method];
    if (typeof fn === 'function' && method !== 'version') (fn as (...a: unknown[]) => void)(...(Array.isArray(args) ? args : []));
  }
}
