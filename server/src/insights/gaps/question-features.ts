/**
 * A shopper question as a bag of language-aware features for clustering: the knowledge lexicon's
 * concepts (language-neutral: "reembolso" and "返金" are both c:refund), content words of spaced
 * scripts (folded, stopwords dropped, cut to a four-letter stem so "wrapping" meets "wrap"), and bigrams of
 * Chinese and Japanese text. Order numbers and codes are left out: they make every question unique.
 */
import { defaultLexicon, lexiconLanguageOf, type Lexicon } from '../../knowledge/lexicon/lexicon.js';
import { cjkBigramsOf, foldForSearch } from '../../knowledge/text/normalize.js';
import { latinWords } from '../../knowledge/text/tokenize.js';
import { isStopword } from '../../knowledge/text/stopwords.js';

export type FeatureBag = Map<string, number>;

/** Concepts carry meaning across languages; words mostly tell phrasings in one language apart. */
const CONCEPT_WEIGHT = 3;
const WORD_WEIGHT = 0.6;
const STEM_LENGTH = 4;

let lexicon: Lexicon | undefined;

export function questionFeatures(text: string, locale: string): FeatureBag {
  lexicon ??= defaultLexicon();
  const folded = foldForSearch(text.slice(0, 500));
  const bag: FeatureBag = new Map();
  const add = (key: string, weight: number) => bag.set(key, Math.max(bag.get(key) ?? 0, weight));
  const language = lexiconLanguageOf(locale);
  for (const m of lexicon.annotate(folded, language ? { languages: new Set([language]) } : {})) add(`c:${m.concept}`, CONCEPT_WEIGHT);
  for (const word of latinWords(folded)) {
    if (word.length < 3 || isStopword(word) || /\d/.test(word)) continue;
    add(`w:${word.slice(0, STEM_LENGTH)}`, WORD_WEIGHT);
  }
  for (const bigram of cjkBigramsOf(folded)) add(`b:${bigram}`, WORD_WEIGHT);
  return bag;
}

/** The text as it is counted: folded and with digits masked, so "#1042" and "#1043" are one question. */
export function questionKey(text: string): string {
  return foldForSearch(text).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
