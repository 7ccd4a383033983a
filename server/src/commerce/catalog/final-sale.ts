/**
 * Final sale (no returns or exchanges): a product flagged `x_store.final_sale`, or tagged with one of
 * the store's final-sale tags (policy `returns.final_sale_tags`, default `final-sale` and `clearance`).
 */
export const DEFAULT_FINAL_SALE_TAGS = ['final-sale', 'clearance'];

export function isFinalSale(product: { tags: readonly string[]; data: Record<string, unknown> }, finalSaleTags: readonly string[] = DEFAULT_FINAL_SALE_TAGS): boolean {
  const x = (product.data.x_store ?? {}) as { final_sale?: unknown };
  if (x.final_sale === true) return true;
  const tags = new Set(product.tags.map((t) => t.toLowerCase()));
  return finalSaleTags.some((t) => tags.has(t.toLowerCase()));
}
