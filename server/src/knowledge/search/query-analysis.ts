/**
 * A shopper's question → what each search channel needs: its language, the words to stem (and with
 * which Postgres configurations), CJK bigrams, product codes and lexicon concepts (typo-tolerant).
 * Long input is cut (a pasted e-mail keeps its first paragraph's worth); emoji-only input has no terms.
 */
import { detectLanguage, toLocale, type Locale } from '../../pipeline/language/index.js';
import { foldForSearch, cjkBigramsOf } from '../text/normalize.js';
import { codesOf, latinWords } from '../text/tokenize.js';
import { isStopword } from '../text/stopwords.js';
import { tsConfigFor, type TsConfig } from '../text/ts-config.js';
import { lexiconLanguageOf, type Lexicon, type LexiconLanguage } from '../lexicon/lexicon.js';

/** Characters of a query that are analysed; the rest is ignored. */
export const MAX_ANALYSED_CHARS = 1000;
const MAX_WORDS = 24;
const MAX_BIGRAMS = 40;

export interface QueryConcept {
  concept: string;
  fuzzy: boolean;
  /** The query words that matched. */
  surface: string;
}

export interface AnalyzedQuery {
  /** The (possibly cut) query text. */
  text: string;
  language: Locale | undefined;
  languageConfidence: number;
  /** Folded content words, in order, without stopwords or duplicates. */
  words: string[];
  /** Configurations the words are stemmed with (detected language, shopper locale, store default, simple). */
  configs: TsConfig[];
  cjk: string[];
  codes: string[];
  concepts: QueryConcept[];
  /** The text with which to embed the query. */
  embeddingText: string;
}

export interface QueryContext {
  /** The shopper's locale (widget language). */
  locale?: string | undefined;
  /** The store's default locale. */
  defaultLocale?: string | undefined;
}

export function analyzeQuery(raw: string, context: QueryContext, lexicon: Lexicon): AnalyzedQuery {
  const text = [...raw.trim()].slice(0, MAX_ANALYSED_CHARS).join('');
  const shopperLocale = toLocale(context.locale);
  const detection = /\p{L}/u.test(text) ? detectLanguage(text, { widgetLocale: shopperLocale }) : undefined;
  const language = detection && detection.confidence >= 0.35 ? detection.locale : shopperLocale;
  const folded = foldForSearch(text);

  const words = [...new Set(latinWords(folded).filter((w) => !isStopword(w) && (w.length > 1 || /\d/.test(w))))].slice(0, MAX_WORDS);
  const configs = [...new Set<TsConfig>([language, shopperLocale, context.defaultLocale ?? 'en'].filter(Boolean).map((l) => tsConfigFor(l!)).concat('simple'))];

  const languages = new Set<LexiconLanguage>();
  for (const locale of [language, shopperLocale]) {
    const lang = lexiconLanguageOf(locale);
    if (lang) languages.add(lang);
  }
  const matches = lexicon.annotate(folded, { fuzzy: true, languages: languages.size ? languages : undefined });
  const concepts = new Map<string, QueryConcept>();
  for (const m of matches) {
    const seen = concepts.get(m.concept);
    if (!seen || (seen.fuzzy && !m.fuzzy)) concepts.set(m.concept, { concept: m.concept, fuzzy: m.fuzzy, surface: m.surface });
  }

  return {
    text,
    language,
    languageConfidence: detection?.confidence ?? 0,
    words,
    configs,
    cjk: [...new Set(cjkBigramsOf(folded))].slice(0, MAX_BIGRAMS),
    codes: codesOf(folded),
    concepts: [...concepts.values()],
    embeddingText: text,
  };
}

/** True when the query has nothing to search for (empty, punctuation, emoji). */
export function isEmptyQuery(query: AnalyzedQuery): boolean {
  return query.words.length === 0 && query.cjk.length === 0 && query.codes.length === 0 && query.concepts.length === 0;
}
