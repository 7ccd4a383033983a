/**
 * detectLanguage: which of Parley's locales a shopper's message is written in.
 *
 * Order of evidence: (1) messages with no language in them (an order number, an email, emoji,
 * "ok", "merci") keep the conversation's language; (2) script settles Korean, Arabic and, with
 * kana, Japanese; (3) Han-only text by Japanese/Chinese-only characters, then ELD; (4) Latin text by
 * ELD combined with word and diacritic hints, which carry short messages and romanised Japanese.
 */
import { baseLanguage, type Locale } from './locales.js';
import { normalizeText } from './normalize.js';
import { countScripts, dominantScript } from './script.js';
import { scanSmallTalk, type SmallTalkMatch } from './small-talk.js';
import { judgeHanText } from './han.js';
import { scoreWordHints } from './word-hints.js';
import { statisticalGuess } from './statistical-detector.js';

export interface LanguageContext {
  /** The widget's UI locale (the browser's language). */
  widgetLocale?: Locale;
  /** The language the conversation has been in so far. */
  previous?: Locale;
  /** The store's default language. */
  storeDefault?: Locale;
}

export interface LanguageDetection {
  locale: Locale;
  /** 0..1; below ~0.5 the locale came from context rather than from the text. */
  confidence: number;
  /** Short machine-readable explanation, e.g. `script:hangul`, `fallback:previous`. */
  reason: string;
}

const LATIN_CANDIDATES: readonly Locale[] = ['en', 'es', 'de', 'fr', 'it', 'pt', 'nl'];
const ROMANISED_CANDIDATES: readonly Locale[] = ['ja', 'zh-CN', 'ko', 'ar'];

// Tokens that carry no language: links, emails, handles, anything with a digit (order and
// tracking numbers, sizes such as "EU42"), emoji and symbols.
const NON_LINGUISTIC =
  /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\w-]+|[\w\-./]*\d[\w\-./]*|[\p{Extended_Pictographic}\p{S}\u200d\ufe0f]+/gu;

function fallback(context: LanguageContext, why: string): LanguageDetection {
  if (context.previous) return { locale: context.previous, confidence: 0.3, reason: `${why};fallback:previous` };
  if (context.widgetLocale) return { locale: context.widgetLocale, confidence: 0.25, reason: `${why};fallback:widget` };
  if (context.storeDefault) return { locale: context.storeDefault, confidence: 0.2, reason: `${why};fallback:store` };
  return { locale: 'en', confidence: 0.1, reason: `${why};fallback:default` };
}

/** A message that is only greetings/thanks/acks: keep the conversation language if there is one. */
function judgeSmallTalk(matches: SmallTalkMatch[], context: LanguageContext): LanguageDetection {
  if (context.previous) return fallback(context, 'small-talk');
  const votes = smallTalkVotes(matches);
  if (votes.size === 0) return fallback(context, 'small-talk');
  if (context.widgetLocale && votes.has(context.widgetLocale)) {
    return { locale: context.widgetLocale, confidence: 0.6, reason: 'small-talk:widget' };
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return { locale: best![0], confidence: 0.55, reason: 'small-talk:word' };
}

function judgeHan(content: string, context: LanguageContext): LanguageDetection {
  const verdict = judgeHanText(content);
  if (verdict.locale) {
    const confidence = Math.round(Math.min(0.7 + 0.1 * verdict.evidence, 0.95) * 100) / 100;
    return { locale: verdict.locale, confidence, reason: 'script:han-chars' };
  }
  const guess = statisticalGuess(content);
  const ja = guess.scores.ja ?? 0;
  const zh = guess.scores['zh-CN'] ?? 0;
  if (guess.reliable && Math.abs(ja - zh) > 0.15) {
    return { locale: ja > zh ? 'ja' : 'zh-CN', confidence: 0.7, reason: 'script:han;statistical' };
  }
  // Shared characters only (e.g. "商品"): stay in Japanese or Chinese if the conversation is.
  for (const locale of [context.previous, context.widgetLocale, context.storeDefault]) {
    if (locale === 'ja' || locale === 'zh-CN') return { locale, confidence: 0.5, reason: 'script:han;context' };
  }
  return { locale: 'zh-CN', confidence: 0.5, reason: 'script:han;default-zh' };
}

function hasContext(context: LanguageContext): boolean {
  return Boolean(context.previous ?? context.widgetLocale ?? context.storeDefault);
}

/** Languages of the greetings/thanks at the start of a message, one vote per phrase. */
function smallTalkVotes(matches: SmallTalkMatch[]): Map<Locale, number> {
  const votes = new Map<Locale, number>();
  for (const match of matches) for (const locale of match.locales) votes.set(locale, (votes.get(locale) ?? 0) + 1);
  return votes;
}

/**
 * `greetingVotes`: the languages of a leading greeting. They count like hint words, so
 * "Guten Morgen zusammen" is German although "zusammen" alone says little.
 */
function judgeLatin(content: string, context: LanguageContext, greetingVotes: Map<Locale, number>): LanguageDetection {
  const lowered = normalizeText(content);
  const hints = scoreWordHints(lowered);
  for (const [locale, votes] of greetingVotes) {
    hints.scores[locale] = (hints.scores[locale] ?? 0) + votes;
    hints.matchedWords += votes;
  }
  const guess = statisticalGuess(content);
  const words = hints.totalWords;
  // ELD's scores differ by ~0.05–0.2 between languages; scale so that, on longer text, its
  // margin outweighs a few shared function words, and on 1–3 words the hints lead.
  const eldWeight = words <= 3 ? 8 : words <= 8 ? 15 : 25;
  const topEld = Math.max(0, ...LATIN_CANDIDATES.map((l) => guess.scores[l] ?? 0));
  const total = new Map<Locale, number>();
  for (const locale of LATIN_CANDIDATES) {
    const eld = guess.scores[locale];
    const eldPart = eld === undefined ? -eldWeight * 0.3 : eldWeight * (eld - topEld);
    total.set(locale, (hints.scores[locale] ?? 0) + eldPart);
  }
  for (const locale of ROMANISED_CANDIDATES) {
    // Romanised text only counts when its words make up a good share of the message.
    const hint = hints.scores[locale] ?? 0;
    if (hint > 0 && hint * 2 >= hints.matchedWords) total.set(locale, hint + 1);
  }
  const prior = (locale: Locale | undefined, value: number): void => {
    if (locale && total.has(locale)) total.set(locale, (total.get(locale) ?? 0) + value);
  };
  prior(context.previous, 0.6);
  prior(context.widgetLocale, 0.3);
  prior(context.storeDefault, 0.1);

  const ranked = [...total.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return fallback(context, 'latin:no-candidates');
  const margin = best[1] - (second?.[1] ?? best[1] - 2);
  // A few unknown words (a product or brand name) say nothing about the language: keep the
  // conversation's. With no conversation to go by, the statistical guess beats a fixed default.
  const anyHint = Object.values(hints.scores).some((v) => (v ?? 0) > 0);
  if (words <= 3 && !anyHint) {
    if (hasContext(context) || !guess.best || !LATIN_CANDIDATES.includes(guess.best)) return fallback(context, 'latin:unclear-short');
    return { locale: guess.best, confidence: 0.35, reason: 'latin:statistical-guess' };
  }
  if (margin < 0.25 && words <= 3 && hasContext(context)) return fallback(context, 'latin:ambiguous-short');
  const lengthFactor = Math.min(1, 0.55 + words * 0.06);
  const confidence = Math.min(0.98, (0.5 + 0.5 * Math.tanh(margin / 2)) * lengthFactor);
  const reason = ROMANISED_CANDIDATES.includes(best[0]) ? 'latin:romanised' : 'latin:statistical+hints';
  return { locale: best[0], confidence: Math.round(confidence * 100) / 100, reason };
}

/** Enough text to judge any language; longer messages are judged on their start. */
const MAX_CHARS = 1000;

export function detectLanguage(text: string, context: LanguageContext = {}): LanguageDetection {
  const linguistic = text.slice(0, MAX_CHARS).replace(NON_LINGUISTIC, ' ').trim();
  if (!/\p{L}/u.test(linguistic)) return fallback(context, 'no-words');
  const smallTalk = scanSmallTalk(linguistic);
  if (smallTalk.onlySmallTalk) return judgeSmallTalk(smallTalk.matches, context);
  // "Hola, where is my order?": judge the words after the greeting, when there are enough of
  // them to outweigh it; "Buenos días a todos" is judged whole.
  const restWords = smallTalk.rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const content = restWords >= 4 || (restWords > 0 && !/^[\p{Script=Latin}\s\p{P}\d]*$/u.test(smallTalk.rest)) ? smallTalk.rest : linguistic;

  const counts = countScripts(content);
  switch (dominantScript(counts)) {
    case 'hangul':
      return { locale: 'ko', confidence: 0.97, reason: 'script:hangul' };
    case 'arabic':
      return { locale: 'ar', confidence: 0.95, reason: 'script:arabic' };
    case 'cjk':
      if (counts.kana > 0) return { locale: 'ja', confidence: 0.97, reason: 'script:kana' };
      return judgeHan(content, context);
    case 'latin':
      return judgeLatin(content, context, smallTalkVotes(smallTalk.matches));
    default:
      return fallback(context, 'unsupported-script');
  }
}

/** Whether two detections name the same language (zh-CN and zh count as one). */
export function sameLanguage(a: Locale, b: Locale): boolean {
  return baseLanguage(a) === baseLanguage(b);
}
