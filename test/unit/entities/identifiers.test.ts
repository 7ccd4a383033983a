import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../server/src/pipeline/entities/extract.js';

const orders = (text: string) => extractEntities(text).orderNumbers.map((o) => [o.value, o.format]);
const tracking = (text: string) => extractEntities(text).trackingCandidates.map((t) => t.value);

describe('order numbers', () => {
  it.each([
    ['Where is my order #1054?', '1054'],
    ['order 1234 please', '1234'],
    ['Order number: 1042', '1042'],
    ['¿Dónde está mi pedido 1234?', '1234'],
    ['Ist meine Bestellung #1019 angekommen?', '1019'],
    ['ma commande n° 1077', '1077'],
    ["l'ordine 1088 non è arrivato", '1088'],
    ['minha encomenda 1099', '1099'],
    ['bestelling 1101 is kapot', '1101'],
    ['注文番号1234の件です', '1234'],
    ['订单号 5678 还没到', '5678'],
    ['＃１２３４はどこ', '1234'],
  ])('%s → %s', (text, value) => {
    expect(orders(text)).toEqual([[value, 'store']]);
  });

  it('recognises marketplace formats by shape', () => {
    expect(orders('Amazon 112-1234567-1234567 and eBay 12-12345-12345')).toEqual([
      ['112-1234567-1234567', 'amazon'],
      ['12-12345-12345', 'ebay'],
    ]);
  });

  it('returns an 18-digit TikTok Shop id both as an order number and as a tracking candidate', () => {
    const entities = extractEntities('TikTok order 576543210987654321');
    expect(entities.orderNumbers).toMatchObject([{ value: '576543210987654321', format: 'tiktok' }]);
    expect(entities.trackingCandidates.map((t) => t.value)).toEqual(['576543210987654321']);
  });

  it('does not read plain quantities or years as order numbers', () => {
    expect(orders('I ordered 2 jackets in 2024')).toEqual([]);
  });
});

describe('tracking candidates', () => {
  it('finds carrier-like tokens', () => {
    expect(tracking('tracking 1Z999AA10123456784 please')).toEqual(['1Z999AA10123456784']);
    expect(tracking('DHL 00340434684329925819')).toEqual(['00340434684329925819']);
    expect(tracking('Royal Mail AB123456789GB?')).toEqual(['AB123456789GB']);
  });

  it('joins spaced digit groups', () => {
    expect(tracking('USPS 9400 1111 2222 3333 4444 55')).toEqual(['9400111122223333444455']);
  });

  it('ignores product names, order numbers and emails', () => {
    expect(tracking('iPhone15Pro case')).toEqual([]);
    expect(tracking('order #00123842')).toEqual([]);
    expect(tracking('mail 12345678@example.com')).toEqual([]);
    expect(tracking('size EU 42 and W32 L34')).toEqual([]);
  });
});

describe('emails and postcodes', () => {
  it('lower-cases emails', () => {
    expect(extractEntities('my email is Anna.Becker@Example.net, thanks').emails).toEqual(['anna.becker@example.net']);
  });

  it('finds postcodes with a clear shape or after a postcode word', () => {
    const found = (text: string) => extractEntities(text).postcodes.map((p) => [p.value, p.country]);
    expect(found('London SW1A 1AA')).toEqual([['SW1A 1AA', 'GB']]);
    expect(found('1012 AB Amsterdam')).toEqual([['1012 AB', 'NL']]);
    expect(found('PLZ 80331 München')).toEqual([['80331', undefined]]);
    expect(found('I have 80331 points')).toEqual([]);
  });
});
