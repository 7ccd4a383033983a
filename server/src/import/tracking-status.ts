/** Maps an AfterShip-style tag to Parley's status set. Replaced by commerce/tracking/status once it lands. */
const TAGS: Record<string, string> = {
  InfoReceived: 'info_received',
  Pending: 'info_received',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  AttemptFail: 'failed_attempt',
  AvailableForPickup: 'available_for_pickup',
  Delivered: 'delivered',
  Exception: 'exception',
  Expired: 'expired',
};

export function statusFromTrackingTag(tag: string | undefined, message: string): string {
  if (tag === 'Exception' && /customs/i.test(message)) return 'customs';
  if (tag === 'Exception' && /return(ed)? to sender/i.test(message)) return 'returned';
  return (tag && TAGS[tag]) ?? 'in_transit';
}
