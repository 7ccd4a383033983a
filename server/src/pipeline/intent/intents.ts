/** The assistant's intents (see shared eval FORMAT.md): what a shopper's message is about. */
export const INTENTS = [
  'presale', 'size', 'tracking', 'shipping', 'returns', 'order_change',
  'payment', 'complaint', 'privacy', 'human', 'greeting', 'other',
] as const;

export type Intent = (typeof INTENTS)[number];

const INTENT_SET: ReadonlySet<string> = new Set(INTENTS);

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && INTENT_SET.has(value);
}
