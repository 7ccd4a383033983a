import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../../server/src/pipeline/signals/human-request.js';
import { detectBotRequest } from '../../../server/src/pipeline/signals/bot-request.js';
import type { Locale } from '../../../server/src/pipeline/language/locales.js';

describe('detectHumanRequest', () => {
  it.each<[Locale, string]>([
    ['en', 'Can I talk to a real person please?'],
    ['en', 'agent'],
    ['es', 'Quiero hablar con un humano'],
    ['es', 'agente'],
    ['de', 'Ich möchte mit einem Mitarbeiter sprechen'],
    ['fr', 'Je veux parler à un conseiller'],
    ['it', 'Posso parlare con una persona vera?'],
    ['pt', 'Quero falar com um atendente'],
    ['nl', 'Ik wil een medewerker spreken'],
    ['ja', 'オペレーターにつないでください'],
    ['zh-CN', '转人工'],
    ['zh-CN', '我要人工客服'],
    ['ko', '상담원 연결해 주세요'],
  ])('%s: "%s" is an explicit request', (locale, text) => {
    expect(detectHumanRequest(text, locale)).toMatchObject({ requested: true, kind: 'explicit' });
  });

  it('tells contact questions from explicit requests', () => {
    expect(detectHumanRequest('How do I contact customer service?', 'en').kind).toBe('contact');
    expect(detectHumanRequest('Wie ist eure Telefonnummer?', 'de').kind).toBe('contact');
  });

  it('ignores ordinary questions and look-alike words', () => {
    expect(detectHumanRequest('Where is my order?', 'en').requested).toBe(false);
    expect(detectHumanRequest('这是人工皮革吗', 'zh-CN').requested).toBe(false);
    expect(detectHumanRequest('Is the agent of this fabric waterproof?', 'en').kind).not.toBe('explicit');
  });
});

describe('detectBotRequest', () => {
  it.each<[Locale, string]>([
    ['en', 'never mind, back to the bot'],
    ['en', "I don't need a human anymore"],
    ['es', 'prefiero volver al asistente'],
    ['de', 'Zurück zum Bot bitte'],
    ['fr', 'Je veux revenir au bot'],
    ['it', 'posso tornare al bot?'],
    ['pt', 'quero voltar ao assistente'],
    ['nl', 'terug naar de bot'],
    ['ja', 'オペレーターは不要です'],
    ['zh-CN', '不用人工了'],
  ])('%s: "%s"', (locale, text) => {
    expect(detectBotRequest(text, locale).requested).toBe(true);
  });

  it('is false for a request for a person', () => {
    expect(detectBotRequest('I want to talk to a human', 'en').requested).toBe(false);
  });
});
