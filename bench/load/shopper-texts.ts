/**
 * What simulated shoppers type: the everyday mix of a cross-border store's chat (shipping, returns,
 * sizes, order status, greetings, thanks) in several languages, so the assistant's language, intent
 * and retrieval stages do their usual work.
 */
export const SHOPPER_TEXTS: readonly string[] = [
  'Hi there',
  'Do you ship to Germany?',
  'How long does delivery to Canada take?',
  'What is your return policy?',
  'Can I exchange a shirt for a bigger size?',
  'Where is my order #1001?',
  'My parcel has not arrived yet',
  'Which size should I take if I am 178 cm tall?',
  'Do you have this jacket in navy?',
  'How much is shipping to Australia?',
  'Can I pay with PayPal?',
  'Is there a discount code for first orders?',
  'Thanks, that helps!',
  '¿Hacen envíos a México?',
  '¿Cómo devuelvo un pedido?',
  'Wie lange dauert der Versand nach Österreich?',
  'Kann ich meine Bestellung stornieren?',
  'Quels sont les délais de livraison en France ?',
  'Je voudrais retourner un article',
  'Qual è la politica di reso?',
  'Vocês enviam para Portugal?',
  '注文した商品はいつ届きますか？',
  '可以退货吗？',
  'Mijn pakket is nog niet aangekomen',
  '사이즈 교환이 가능한가요?',
];

export function shopperText(n: number): string {
  return SHOPPER_TEXTS[n % SHOPPER_TEXTS.length]!;
}
