import { describe, expect, it } from 'vitest';
import { classifyIntent, createIntentClassifier } from '../../../server/src/pipeline/intent/classify.js';
import { INTENTS, type Intent } from '../../../server/src/pipeline/intent/intents.js';
import { parseLabelledMessages, loadLabelledMessages } from '../../../server/src/pipeline/intent/training-set.js';
import type { Locale } from '../../../server/src/pipeline/language/locales.js';

describe('classifyIntent per language', () => {
  const cases: Array<[Locale, string, Intent]> = [
    ['en', 'Has my order #1054 shipped yet?', 'tracking'],
    ['en', "What's the fill power of the women's Summit parka?", 'presale'],
    ['en', 'Is shipping free in the US?', 'shipping'],
    ['es', '¿Cuántos días tengo para devolver un producto?', 'returns'],
    ['es', 'Calzo un 44 europeo de hombre. ¿Qué talla US es en vuestras zapatillas?', 'size'],
    ['de', 'Wie schnell ist der Expressversand?', 'shipping'],
    ['de', 'Wurde meine Bestellung #1002 zugestellt?', 'tracking'],
    ['fr', 'Quels moyens de paiement acceptez-vous en France ?', 'payment'],
    ['fr', 'Je voudrais annuler ma commande 1042', 'order_change'],
    ['it', 'Il giubbotto è arrivato strappato', 'complaint'],
    ['it', 'Voglio restituire le scarpe', 'returns'],
    ['pt', 'Quero apagar todos os meus dados pessoais', 'privacy'],
    ['pt', 'Qual tamanho devo comprar? Tenho 1,80 m', 'size'],
    ['nl', 'Waar blijft mijn pakket?', 'tracking'],
    ['nl', 'Kan ik met PayPal betalen?', 'payment'],
    ['ja', '注文の追跡番号はどこで確認できますか？', 'tracking'],
    ['ja', 'サイズを交換したいです、返品できますか', 'returns'],
    ['zh-CN', '下单后还能取消订单吗？', 'order_change'],
    ['zh-CN', '这件外套防水吗', 'presale'],
  ];
  it.each(cases)('%s: %s → %s', (locale, text, intent) => {
    expect(classifyIntent(text, locale).intent).toBe(intent);
  });
});

describe('classifyIntent rules', () => {
  it.each<[Locale, string]>([
    ['en', 'Thanks a lot!'],
    ['es', '¡Hola! Buenas tardes'],
    ['de', 'ok danke, tschüss'],
    ['ja', 'ありがとうございました'],
    ['zh-CN', '你好'],
  ])('%s: "%s" is a greeting', (locale, text) => {
    const result = classifyIntent(text, locale);
    expect(result.intent).toBe('greeting');
    expect(result.source).toBe('rule:greeting');
  });

  it('judges a greeting followed by a question on the question', () => {
    expect(classifyIntent('Hi! Where is my order #1054?', 'en').intent).toBe('tracking');
    expect(classifyIntent('Hola, ¿puedo devolver unas botas?', 'es').intent).toBe('returns');
    expect(classifyIntent('こんにちは、送料はいくらですか', 'ja').intent).toBe('shipping');
  });

  it.each<[Locale, string]>([
    ['en', 'talk to a human'],
    ['es', 'agente'],
    ['zh-CN', '人工客服'],
    ['de', 'Ich will mit einem Menschen sprechen'],
  ])('%s: "%s" is human by rule', (locale, text) => {
    expect(classifyIntent(text, locale)).toMatchObject({ intent: 'human', source: 'rule:human' });
  });
});

describe('classifyIntent output', () => {
  it('ranks every intent, best first, with scores summing to about 1', () => {
    const result = classifyIntent('Do you ship to Canada?', 'en');
    expect(result.ranked.map((r) => r.intent).sort()).toEqual([...INTENTS].sort());
    expect(result.ranked[0]!.intent).toBe(result.intent);
    for (let i = 1; i < result.ranked.length; i++) expect(result.ranked[i - 1]!.score).toBeGreaterThanOrEqual(result.ranked[i]!.score);
    const total = result.ranked.reduce((sum, r) => sum + r.score, 0);
    expect(total).toBeGreaterThan(0.98);
    expect(total).toBeLessThan(1.02);
    expect(result.confidence).toBe(result.ranked[0]!.score);
  });

  it('is more confident on a clear question than on gibberish', () => {
    const clear = classifyIntent('Where is my package? Tracking shows nothing', 'en');
    const vague = classifyIntent('blorf quintab zeep', 'en');
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
    expect(vague.confidence).toBeLessThan(0.6);
  });

  it('is deterministic', () => {
    const a = createIntentClassifier(loadLabelledMessages()).classify('¿Tenéis la chaqueta en azul?', 'es');
    const b = createIntentClassifier(loadLabelledMessages()).classify('¿Tenéis la chaqueta en azul?', 'es');
    expect(a).toEqual(b);
  });
});

describe('training set', () => {
  it('trains a classifier from any labelled messages', () => {
    const classifier = createIntentClassifier(
      parseLabelledMessages(
        [
          { text: 'where is my parcel', intent: 'tracking', locale: 'en' },
          { text: 'tracking number please', intent: 'tracking', locale: 'en' },
          { text: 'I want a refund', intent: 'returns', locale: 'en' },
          { text: 'how do I return this', intent: 'returns', locale: 'en' },
        ].map((row) => JSON.stringify(row)).join('\n'),
      ),
    );
    expect(classifier.classify('my parcel tracking', 'en').intent).toBe('tracking');
    expect(classifier.classify('refund and return', 'en').intent).toBe('returns');
  });

  it('rejects rows with unknown intents or locales', () => {
    expect(() => parseLabelledMessages('{"text":"hi","intent":"smalltalk","locale":"en"}')).toThrow(/expected/);
    expect(() => parseLabelledMessages('{"text":"hi","intent":"greeting","locale":"ru"}')).toThrow(/expected/);
  });

  it('has at least 40 English and 15 per other language for every intent', () => {
    const counts = new Map<string, number>();
    for (const m of loadLabelledMessages()) counts.set(`${m.locale}:${m.intent}`, (counts.get(`${m.locale}:${m.intent}`) ?? 0) + 1);
    for (const intent of INTENTS) {
      expect(counts.get(`en:${intent}`) ?? 0).toBeGreaterThanOrEqual(40);
      for (const locale of ['es', 'de', 'fr', 'ja', 'zh-CN', 'it', 'pt', 'nl']) expect(counts.get(`${locale}:${intent}`) ?? 0).toBeGreaterThanOrEqual(15);
    }
  });
});
