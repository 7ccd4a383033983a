import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../../server/src/i18n/i18n.js';
import { matchSupportedLocale, resolveWidgetLocale } from '../../../server/src/identity/resolve-locale.js';
import { matchLocale, pageLocale, UI_LOCALES } from '../../../widget/src/i18n/locale.js';

describe('widget locale', () => {
  it('resolves override > identified customer > page/browser > store default', () => {
    expect(resolveWidgetLocale({ override: 'ja', customerLocale: 'es', pageLocale: 'fr', storeDefault: 'en' })).toBe('ja');
    expect(resolveWidgetLocale({ customerLocale: 'es', pageLocale: 'fr', storeDefault: 'en' })).toBe('es');
    expect(resolveWidgetLocale({ customerLocale: 'tlh', pageLocale: 'fr-CA', storeDefault: 'en' })).toBe('fr');
    expect(resolveWidgetLocale({ pageLocale: 'sw', storeDefault: 'de' })).toBe('de');
    expect(resolveWidgetLocale({ override: 'xx', storeDefault: 'xx' })).toBe('en');
  });

  it('maps regional and script tags to the UI locales, the same in the browser and on the server', () => {
    const tags = ['en-US', 'es-419', 'pt-BR', 'zh', 'zh-Hant-TW', 'zh_CN', 'ar-EG', 'nl-BE', 'ko-KR', 'JA', 'sv-SE', '', 'de-CH'];
    for (const tag of tags) expect(matchLocale(tag)).toBe(matchSupportedLocale(tag));
    expect(matchLocale('pt-BR')).toBe('pt');
    expect(matchLocale('zh-Hant-TW')).toBe('zh-CN');
    expect([...UI_LOCALES].sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it("takes the page's language first, then the browser's", () => {
    expect(pageLocale('de', ['fr-FR', 'en'])).toBe('de');
    expect(pageLocale('', ['sv-SE', 'fr-FR'])).toBe('fr');
    expect(pageLocale(undefined, ['sv'])).toBeUndefined();
  });
});
