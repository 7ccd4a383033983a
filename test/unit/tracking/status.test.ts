import { describe, expect, it } from 'vitest';
import { normalizeStatus, statusFromMessage, type TrackingStatus } from '../../../server/src/commerce/tracking/status.js';

describe('normalizeStatus from AfterShip tags', () => {
  it.each<[string, TrackingStatus]>([
    ['Pending', 'info_received'],
    ['InfoReceived', 'info_received'],
    ['InTransit', 'in_transit'],
    ['OutForDelivery', 'out_for_delivery'],
    ['AttemptFail', 'failed_attempt'],
    ['AvailableForPickup', 'available_for_pickup'],
    ['Delivered', 'delivered'],
    ['Exception', 'exception'],
    ['Expired', 'expired'],
  ])('%s → %s', (tag, status) => {
    expect(normalizeStatus({ tag })).toBe(status);
  });

  it('subtags refine their tag', () => {
    expect(normalizeStatus({ tag: 'Exception', subtag: 'Exception_004' })).toBe('customs');
    expect(normalizeStatus({ tag: 'Exception', subtag: 'Exception_011' })).toBe('returned');
    expect(normalizeStatus({ tag: 'Exception', subtag: 'Exception_010' })).toBe('returned');
    expect(normalizeStatus({ tag: 'Exception', subtag: 'Exception_012' })).toBe('exception');
    expect(normalizeStatus({ subtag: 'Exception_011' })).toBe('returned');
    expect(normalizeStatus({ subtag: 'OutForDelivery_001' })).toBe('out_for_delivery');
  });

  it('is lenient about how the tag is spelled', () => {
    expect(normalizeStatus({ tag: 'out_for_delivery' })).toBe('out_for_delivery');
    expect(normalizeStatus({ tag: ' delivered ' })).toBe('delivered');
  });

  it('an Exception that mentions customs is a customs status; one about a return is returned', () => {
    expect(normalizeStatus({ tag: 'Exception', message: 'Customs hold' })).toBe('customs');
    expect(normalizeStatus({ tag: 'Exception', message: 'Returned to sender' })).toBe('returned');
    expect(normalizeStatus({ tag: 'Exception', message: 'Package damaged' })).toBe('exception');
  });

  it('keeps customs progress in transit but a hold during transit is customs', () => {
    expect(normalizeStatus({ tag: 'InTransit', message: 'Customs clearance started' })).toBe('in_transit');
    expect(normalizeStatus({ tag: 'InTransit', message: 'Customs clearance completed' })).toBe('in_transit');
    expect(normalizeStatus({ tag: 'InTransit', message: 'Export customs clearance completed' })).toBe('in_transit');
    expect(normalizeStatus({ tag: 'InTransit', message: 'Your package was released by the customs agency.' })).toBe('in_transit');
    expect(normalizeStatus({ tag: 'InTransit', message: 'Held by customs – documents required' })).toBe('customs');
  });

  it('trusts a delivery tag even when the message mentions duties', () => {
    expect(normalizeStatus({ tag: 'Delivered', message: 'Delivered – duties and taxes collected from receiver' })).toBe('delivered');
  });

  it('an expired tag stays expired whatever the message', () => {
    expect(normalizeStatus({ tag: 'Expired', message: 'No tracking update for more than 30 days' })).toBe('expired');
  });
});

describe('statusFromMessage: carrier wording in several languages', () => {
  it.each<[string, TrackingStatus]>([
    // customs: held vs progressing
    ['Held by customs – the recipient tax ID is required', 'customs'],
    ['Shipment on hold at customs, awaiting payment of duties', 'customs'],
    ['Clearance delay - Import', 'customs'],
    ['Customs clearance started', 'in_transit'],
    ['Clearance processing complete at TORONTO - CANADA', 'in_transit'],
    ['Die Sendung wird vom Zoll zurückgehalten', 'customs'],
    ['Zollabfertigung abgeschlossen', 'in_transit'],
    ['Colis retenu en douane', 'customs'],
    ['Dédouanement effectué', 'in_transit'],
    ['Retenido en aduana: se requiere el NIF del destinatario', 'customs'],
    ['Despachado de aduana', 'in_transit'],
    ['通関保留', 'customs'],
    ['通関手続中', 'in_transit'],
    ['海关扣留', 'customs'],
    ['清关完成', 'in_transit'],
    // returns
    ['The shipment has been returned to the sender', 'returned'],
    ['Die Sendung wird an den Absender zurückgeschickt', 'returned'],
    ['Colis retourné à l’expéditeur'.replace('’', "'"), 'returned'],
    ['Devuelto al remitente', 'returned'],
    ['差出人に返送', 'returned'],
    ['包裹已退回', 'returned'],
    // delivery outcomes
    ['Delivered, In/At Mailbox', 'delivered'],
    ['Delivered – Signed for by: 佐藤', 'delivered'],
    ['Die Sendung wurde zugestellt', 'delivered'],
    ['Votre colis a été livré', 'delivered'],
    ['Entregado', 'delivered'],
    ['配達完了', 'delivered'],
    ['已签收', 'delivered'],
    ['Your item will be delivered today', 'out_for_delivery'],
    ['Out for delivery', 'out_for_delivery'],
    ['The shipment has been loaded onto the delivery vehicle', 'out_for_delivery'],
    ['In Zustellung', 'out_for_delivery'],
    ['En cours de livraison', 'out_for_delivery'],
    ['En reparto', 'out_for_delivery'],
    ['配達中', 'out_for_delivery'],
    ['派送中', 'out_for_delivery'],
    ['Attempted delivery – no safe place to leave the item. Card left', 'failed_attempt'],
    ['The shipment could not be delivered. The recipient has been notified by card.', 'failed_attempt'],
    ['Der Empfänger wurde nicht angetroffen', 'failed_attempt'],
    ['Avis de passage déposé', 'failed_attempt'],
    ['ご不在のため持ち帰り', 'failed_attempt'],
    ['投递失败', 'failed_attempt'],
    ['The shipment is ready for pick-up at the PACKSTATION', 'available_for_pickup'],
    ['Awaiting collection', 'available_for_pickup'],
    ['Zur Abholung in der Filiale bereit', 'available_for_pickup'],
    ['待取件', 'available_for_pickup'],
    // beginnings and problems
    ['Shipping Label Created, USPS Awaiting Item', 'info_received'],
    ['Shipper created a label, UPS has not received the package yet.', 'info_received'],
    ['Die Sendung wurde elektronisch angekündigt', 'info_received'],
    ['Package damaged - delivery not attempted', 'exception'],
    ['Problem resolved', 'in_transit'],
    ['On delivery', 'out_for_delivery'],
    ['Information on delivery options sent to the recipient', 'in_transit'],
    ['Annahme verweigert', 'exception'],
    ['Departed Facility in HONG KONG - HONG KONG SAR, CHINA', 'in_transit'],
    ['', 'in_transit'],
  ])('%s → %s', (message, status) => {
    expect(statusFromMessage(message)).toBe(status);
  });

  it('normalizeStatus without a tag reads the message', () => {
    expect(normalizeStatus({ message: 'Held by customs' })).toBe('customs');
    expect(normalizeStatus({ tag: 'SomethingNew', message: 'Delivered' })).toBe('delivered');
  });
});
