import { describe, expect, it } from 'vitest';
import { baseLanguage, isLocale, LOCALES, toLocale } from '../../../server/src/pipeline/language/locales.js';
import { scanSmallTalk, smallTalkKinds } from '../../../server/src/pipeline/language/small-talk.js';

describe('locales', () => {
  it('lists the 11 supported locales', () => {
    expect(LOCALES).toHaveLength(11);
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });

  it('maps locales to their base language', () => {
    expect(baseLanguage('zh-CN')).toBe('zh');
    expect(baseLanguage('de')).toBe('de');
  });

  it('maps tags from browsers and detectors to locales', () => {
    expect(toLocale('pt-BR')).toBe('pt');
    expect(toLocale('zh-TW')).toBe('zh-CN');
    expect(toLocale('cmn')).toBe('zh-CN');
    expect(toLocale('deu')).toBe('de');
    expect(toLocale('en_GB')).toBe('en');
    expect(toLocale('ru')).toBeUndefined();
    expect(toLocale('')).toBeUndefined();
  });
});

describe('small talk', () => {
  it('recognises messages made only of greetings and thanks', () => {
    expect(smallTalkKinds('Thank you so much!')).toEqual(['thanks', 'filler']);
    expect(smallTalkKinds('Hola, buenas tardes')).toEqual(['greeting']);
    expect(smallTalkKinds('ありがとうございます！')).toEqual(['thanks']);
    expect(smallTalkKinds("ok d'accord")).toEqual(['ack']);
    expect(smallTalkKinds('hi, where is my order')).toBeUndefined();
    expect(smallTalkKinds('hiking boots')).toBeUndefined();
  });

  it('returns the rest of the message after a leading greeting', () => {
    expect(scanSmallTalk('Hola, where is my order?').rest).toBe('where is my order?');
    expect(scanSmallTalk('你好，我的订单在哪里').rest).toBe('我的订单在哪里');
    expect(scanSmallTalk('好的尺码是多少').rest).toBe('好的尺码是多少');
  });
});
