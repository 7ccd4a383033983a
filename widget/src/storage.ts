/**
 * What the widget remembers in the shopper's browser, per store: the visitor id, the tokens of their
 * conversations (the current one first), messages waiting to be sent, and what they have read.
 * localStorage can be missing or full (private modes, quotas): the widget then just forgets.
 */
import type { PendingMessage } from './timeline.js';

const MAX_TOKENS = 20;

export class WidgetStorage {
  constructor(private readonly prefix: string) {}

  key(name: string): string {
    return `${this.prefix}:${name}`;
  }

  private read<T>(name: string, fallback: T): T {
    try {
      const raw = localStorage.getItem(this.key(name));
      return raw === null ? fallback : (JSON.parse(raw) as T);
    } catch {
      return fallback;
    }
  }

  private write(name: string, value: unknown): void {
    try {
      if (value === null || value === undefined) localStorage.removeItem(this.key(name));
      else localStorage.setItem(this.key(name), JSON.stringify(value));
    } catch {
      // storage unavailable or full: nothing to do
    }
  }

  visitorId(): string {
    let id = this.read<string | null>('visitor', null);
    if (!id) {
      id = randomId();
      this.write('visitor', id);
    }
    return id;
  }

  /** Token of the conversation shown in the widget. */
  currentToken = (): string | null => this.read<string | null>('current', null);
  setCurrentToken(token: string | null): void {
    this.write('current', token);
    if (token) this.write('tokens', [token, ...this.tokens().filter((t) => t !== token)].slice(0, MAX_TOKENS));
  }
  tokens = (): string[] => this.read<string[]>('tokens', []);

  outbox = (): PendingMessage[] => this.read<PendingMessage[]>('outbox', []);
  saveOutbox(pending: readonly PendingMessage[]): void {
    this.write('outbox', pending.length ? pending.map((p) => ({ ...p, previews: undefined })) : null);
  }

  readSeq = (conversationId: string): number => this.read<Record<string, number>>('read', {})[conversationId] ?? 0;
  setReadSeq(conversationId: string, seq: number): void {
    const all = this.read<Record<string, number>>('read', {});
    if ((all[conversationId] ?? 0) >= seq) return;
    this.write('read', { ...all, [conversationId]: seq });
  }

  /** Who the page said the shopper is; a different person means a fresh start on this device. */
  identityKey = (): string | null => this.read<string | null>('who', null);
  setIdentityKey(key: string | null): void {
    this.write('who', key);
  }

  /** Forgets the conversations (sign-out on a shared computer). */
  clearConversations(): void {
    for (const name of ['current', 'tokens', 'outbox', 'read']) this.write(name, null);
  }
}

export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
