import { describe, expect, it } from 'vitest';
import { detectFrustration } from '../../../server/src/pipeline/signals/frustration.js';
import { detectSensitiveTopics } from '../../../server/src/pipeline/signals/sensitive-topics.js';
import type { Locale } from '../../../server/src/pipeline/language/locales.js';

describe('detectFrustration', () => {
  it('is calm for ordinary questions', () => {
    expect(detectFrustration('Where is my order #1054?', 'en')).toMatchObject({ level: 0, abusive: false });
    expect(detectFrustration('Je suis pressé, où est ma commande ?', 'fr').level).toBe(0);
  });

  it.each<[Locale, string]>([
    ['en', 'I am disappointed with the quality'],
    ['es', 'Estoy muy descontento con la calidad'],
    ['de', 'Ich bin enttäuscht'],
    ['fr', 'Je suis très déçu'],
    ['it', 'Sono deluso dal prodotto'],
    ['pt', 'Estou insatisfeito'],
    ['nl', 'Ik ben teleurgesteld'],
    ['ja', '品質に不満があります'],
    ['zh-CN', '我很失望'],
  ])('%s: "%s" is level 1', (locale, text) => {
    expect(detectFrustration(text, locale).level).toBe(1);
  });

  it.each<[Locale, string]>([
    ['en', 'This is unacceptable, third time I ask!!!'],
    ['es', 'Es inaceptable, una estafa'],
    ['de', 'Das ist eine Frechheit!'],
    ['fr', "C'est inadmissible"],
    ['it', 'È inaccettabile'],
    ['pt', 'Isso é um absurdo'],
    ['nl', 'Dit is onacceptabel'],
    ['ja', 'ありえない、最悪です'],
    ['zh-CN', '太过分了，气死我了'],
    ['en', 'WHERE IS MY ORDER, STILL NOT HERE'],
  ])('%s: "%s" is level 2', (locale, text) => {
    expect(detectFrustration(text, locale).level).toBe(2);
  });

  it('flags abuse', () => {
    expect(detectFrustration('you stupid bot', 'en')).toMatchObject({ level: 2, abusive: true });
    expect(detectFrustration('das ist scheiße', 'de').abusive).toBe(true);
    expect(detectFrustration('傻逼客服', 'zh-CN').abusive).toBe(true);
    expect(detectFrustration('可以用滚筒洗衣机洗吗', 'zh-CN').abusive).toBe(false);
  });
});

describe('detectSensitiveTopics', () => {
  it.each<[string, string, Locale]>([
    ['chargeback', 'I will file a chargeback with my bank', 'en'],
    ['chargeback', 'Ich mache eine Rückbuchung', 'de'],
    ['legal', 'My lawyer will contact you', 'en'],
    ['legal', 'Je vais porter plainte', 'fr'],
    ['legal', '弁護士に相談します', 'ja'],
    ['wholesale', 'Do you offer wholesale pricing?', 'en'],
    ['wholesale', '可以批发吗', 'zh-CN'],
    ['wholesale', 'Vendéis al por mayor?', 'es'],
    ['press', "I'm a journalist writing about outdoor brands", 'en'],
    ['press', 'Sono una giornalista', 'it'],
    ['data_deletion', 'Please delete my account and data', 'en'],
    ['data_deletion', 'Verwijder mijn gegevens', 'nl'],
    ['data_deletion', 'apaguem os meus dados', 'pt'],
    ['data_deletion', '個人情報を削除してください', 'ja'],
    ['damaged_item', 'The tent arrived damaged', 'en'],
    ['damaged_item', 'La chaqueta llegó rota', 'es'],
    ['damaged_item', '外套坏了', 'zh-CN'],
  ])('%s: "%s"', (topic, text, locale) => {
    expect(detectSensitiveTopics(text, locale)).toContain(topic);
  });

  it('returns nothing for ordinary questions and look-alike words', () => {
    expect(detectSensitiveTopics('Do you ship to Canada?', 'en')).toEqual([]);
    expect(detectSensitiveTopics('Can I print the return label?', 'en')).toEqual([]);
    expect(detectSensitiveTopics('Je veux trouver un cadeau', 'fr')).toEqual([]);
    expect(detectSensitiveTopics('Is this a courtesy call?', 'en')).toEqual([]);
  });

  it('finds several topics at once', () => {
    expect(detectSensitiveTopics('The boots arrived broken, I will call my lawyer and do a chargeback', 'en')).toEqual([
      'chargeback',
      'legal',
      'damaged_item',
    ]);
  });
});
