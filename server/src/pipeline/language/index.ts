export { detectLanguage, type LanguageContext, type LanguageDetection } from './detect.js';
export { LOCALES, LATIN_LOCALES, baseLanguage, isLocale, toLocale, type Locale, type BaseLanguage } from './locales.js';
export { normalizeText, foldText, stripDiacritics, tokenizeWords } from './normalize.js';
export { scanSmallTalk, smallTalkKinds, type SmallTalkKind } from './small-talk.js';
