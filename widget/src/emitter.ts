/** The public events of `window.Parley.on(…)`. A failing listener never breaks the widget or others. */
export type PublicEvent = 'message' | 'open' | 'close' | 'handoff' | 'ready';
type Listener = (payload?: unknown) => void;

export class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, fn: Listener): void {
    if (typeof fn !== 'function') return;
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn);
  }

  off(event: string, fn?: Listener): void {
    if (fn) this.listeners.get(event)?.delete(fn);
    else this.listeners.delete(event);
  }

  emit(event: PublicEvent, payload?: unknown): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) {
      try {
        fn(payload);
      } catch (err) {
        console.error('[parley] listener failed', err);
      }
    }
  }
}
