/**
 * What a sales channel allows us to send its buyers. Marketplaces own the relationship with their
 * buyers: Amazon allows contact only through Buyer-Seller Messaging (and review requests only through
 * its own "Request a Review"), and eBay and TikTok Shop forbid moving buyers to off-platform channels.
 * So for marketplace orders Parley never e-mails and never asks for feedback; a notice can still
 * appear in the store's own chat widget when the buyer is a signed-in customer of the store.
 */
export interface ContactRules {
  /** We may e-mail the buyer about this order. */
  email: boolean;
  /** We may ask for feedback after delivery. */
  feedbackRequest: boolean;
  /** Why something is not allowed (for the record). */
  reason: string | null;
}

export const MARKETPLACES = ['amazon', 'ebay', 'tiktok', 'tiktok_shop', 'walmart', 'etsy', 'zalando', 'rakuten', 'mercadolibre', 'aliexpress', 'otto', 'bol'] as const;

export function isMarketplace(channel: string | null | undefined): boolean {
  const c = (channel ?? '').toLowerCase();
  return MARKETPLACES.some((m) => c === m || c.startsWith(`${m}.`) || c.startsWith(`${m}-`));
}

export function contactRules(order: { channel: string; marketplace?: string | null }): ContactRules {
  if (isMarketplace(order.channel) || (order.marketplace && isMarketplace(order.marketplace))) {
    return { email: false, feedbackRequest: false, reason: `marketplace_rules:${order.channel.toLowerCase()}` };
  }
  return { email: true, feedbackRequest: true, reason: null };
}
