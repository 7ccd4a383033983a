import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../server/src/pipeline/language/detect.js';
import type { Locale } from '../../../server/src/pipeline/language/locales.js';

const lang = (text: string, context = {}): Locale => detectLanguage(text, context).locale;

describe('detectLanguage: whole sentences in each language', () => {
  const sentences: Array<[Locale, string]> = [
    ['en', 'Has my order shipped yet? It has been a week.'],
    ['es', '¿Cuántos días tengo para devolver un producto?'],
    ['de', 'Ist meine Bestellung #1019 angekommen?'],
    ['fr', 'Quels moyens de paiement acceptez-vous en France ?'],
    ['it', 'Quanto tempo ci vuole per la spedizione in Italia?'],
    ['pt', 'Vocês fazem entregas para o Brasil? Quanto custa o frete?'],
    ['nl', 'Kan ik mijn bestelling nog annuleren? Ik heb de verkeerde maat gekozen.'],
    ['ja', '注文の追跡番号はどこで確認できますか？'],
    ['zh-CN', '下单后还能取消订单吗？'],
    ['ko', '주문한 신발이 아직 도착하지 않았어요'],
    ['ar', 'متى سيصل طلبي؟ طلبته منذ أسبوع'],
  ];
  it.each(sentences)('%s: %s', (expected, text) => {
    const result = detectLanguage(text);
    expect(result.locale).toBe(expected);
    expect(result.confidence).toBeGreaterThan(0.5);
  });
});

describe('detectLanguage: short messages', () => {
  it.each<[Locale, string]>([
    ['es', '¿y mi pedido?'],
    ['de', 'falsche Größe'],
    ['fr', 'colis pas reçu'],
    ['it', 'taglia sbagliata'],
    ['pt', 'tamanho errado'],
    ['nl', 'verkeerde maat'],
    ['en', 'wrong size'],
    ['ja', 'サイズ違い'],
    ['zh-CN', '退货地址'],
    ['ja', '注文番号1234'],
  ])('%s: %s', (expected, text) => {
    expect(lang(text)).toBe(expected);
  });
});

describe('detectLanguage: messages without language keep the conversation language', () => {
  it.each(['ok', 'thanks', 'merci', 'Thank you!', '👍', '🙏🙏', '#1234', '#98765?', 'anna@example.com', '1Z999AA10123456784', '112-1234567-1234567', 'ok 👍'])(
    '"%s" stays German in a German conversation',
    (text) => {
      const result = detectLanguage(text, { previous: 'de', widgetLocale: 'en', storeDefault: 'fr' });
      expect(result.locale).toBe('de');
      expect(result.confidence).toBeLessThan(0.5);
    },
  );

  it('falls back to the widget locale, then the store default', () => {
    expect(lang('👍', { widgetLocale: 'es', storeDefault: 'fr' })).toBe('es');
    expect(lang('00340434684329925819', { storeDefault: 'it' })).toBe('it');
    expect(lang('ok')).toBe('en');
  });

  it('a brand name alone does not switch language', () => {
    expect(lang('Nike Air Max 90', { previous: 'nl' })).toBe('nl');
  });

  it('a thanks in a language starts that language only when nothing is established', () => {
    expect(lang('merci')).toBe('fr');
    expect(lang('gracias')).toBe('es');
    expect(lang('danke schön', { widgetLocale: 'en' })).toBe('de');
    expect(lang('merci', { previous: 'en' })).toBe('en');
  });

  it('a Han-only word that both languages use follows the conversation', () => {
    expect(lang('商品', { previous: 'ja' })).toBe('ja');
    expect(lang('商品', { previous: 'zh-CN' })).toBe('zh-CN');
  });
});

describe('detectLanguage: mixed and romanised messages', () => {
  it('judges the content words, not the greeting', () => {
    expect(lang('Hola, where is my order?')).toBe('en');
    expect(lang('Hi, ¿dónde está mi pedido?')).toBe('es');
    expect(lang('Hello, ich möchte meine Bestellung stornieren')).toBe('de');
    expect(lang('Bonjour, I still have not received my package')).toBe('en');
  });

  it('a greeting-only message is in the greeting language', () => {
    expect(lang('¡Hola! Buenas tardes')).toBe('es');
    expect(lang('Guten Morgen')).toBe('de');
  });

  it('counts the greeting when the words after it say little', () => {
    expect(lang('Guten Morgen zusammen')).toBe('de');
    expect(lang('Buenos días a todos')).toBe('es');
    expect(lang('grazie infinite!')).toBe('it');
  });

  it('guesses from the text when there is no conversation to fall back on', () => {
    const result = detectLanguage('Cercate personale?');
    expect(result.locale).toBe('it');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('Latin product names inside CJK text do not hide the script', () => {
    expect(lang('iPhone 15用のケースはありますか？')).toBe('ja');
    expect(lang('请问Nike的鞋子有42码吗')).toBe('zh-CN');
    expect(lang('iPhone 케이스 재고 있나요?')).toBe('ko');
  });

  it('recognises romanised Japanese', () => {
    expect(lang('arigatou')).toBe('ja');
    expect(lang('chumon wa doko desu ka')).toBe('ja');
    expect(lang('nimotsu ga mada todokimasen')).toBe('ja');
  });

  it('explains itself', () => {
    expect(detectLanguage('주문 어디').reason).toContain('hangul');
    expect(detectLanguage('ok', { previous: 'fr' }).reason).toContain('previous');
  });
});
