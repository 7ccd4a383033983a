/**
 * Shopify's fulfillment `shipment_status` in Parley's tracking status set, for shipments known only
 * from the store platform (a tracking provider's report replaces it once one arrives).
 */
const SHOPIFY_SHIPMENT_STATUS: Record<string, string> = {
  label_printed: 'info_received',
  label_purchased: 'info_received',
  confirmed: 'info_received',
  in_transit: 'in_transit',
  out_for_delivery: 'out_for_delivery',
  attempted_delivery: 'failed_attempt',
  ready_for_pickup: 'available_for_pickup',
  picked_up: 'delivered',
  delivered: 'delivered',
  failure: 'exception',
};

/** Unknown or missing statuses read as "label created": the parcel exists, nothing more is known. */
export function statusFromShopifyShipmentStatus(status: string | null | undefined): string {
  return (status && SHOPIFY_SHIPMENT_STATUS[status]) ?? 'info_received';
}
