/**
 * Answers from the store's help center: the best passage, trimmed to what answers the question, with
 * its article as the source. When the only article is in another language, say so and quote it; when
 * nothing answers well, say so instead of guessing.
 */
import { t } from '../../i18n/i18n.js';
import type { Source } from '../../../../protocol/messages.js';
import type { SkillResult, TurnContext } from '../turn.js';
import { markdownToChat } from '../compose/chat-text.js';
import { selectAnswer } from '../compose/answer-selection.js';
import { COUNTRY_NAMES, countryNamedIn, countryOfCurrencyIn, textMentionsCountry } from '../catalog/market-words.js';
import { articleIntentFit } from '../compose/article-intent.js';
import type { Passage } from '../ports.js';
import { quantityGist } from '../compose/quantity-gist.js';
import { expectedAnswerTypes } from '../../knowledge/search/answer-type.js';
import { foldForSearch } from '../../knowledge/text/normalize.js';

const EXTRACT_CHARS = 420;
/** Answerability from which a weak match is still shown, with a hedge. */
const HEDGE_FROM = 0.35;
/** How much the fit between the question's intent and an article's subject counts against search relevance. */
const INTENT_FIT_WEIGHT = 0.15;
/** Articles considered: search's best few; further down they are rarely the answer. */
const CANDIDATES = 5;

/** Articles whose overall scores are this close compete on their best section. */
const CONTENDER_MARGIN = 0.05;
/** How much the article's overall score counts against its best section's fit to the question. */
const ARTICLE_WEIGHT = 2;

/**
 * Search ranks by words; the question's intent breaks near-ties between articles: "do I pay the
 * return postage?" is about returns, however much it shares with the payment article.
 */
function rankForIntent(passages: readonly Passage[], ctx: TurnContext): Array<{ passage: Passage; score: number }> {
  return passages
    .map((passage) => ({ passage, score: passage.score + INTENT_FIT_WEIGHT * articleIntentFit(passage.title, ctx.u.ranked) }))
    .sort((a, b) => b.score - a.score);
}

export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export async function answerFromKnowledge(
  ctx: TurnContext, query = ctx.text, options: { country?: string } = {},
): Promise<SkillResult & { answerability: number }> {
  const locale = ctx.u.locale;
  const result = await ctx.knowledge.search({ storeId: ctx.store.id, query, locale, limit: CANDIDATES });
  const ranked = rankForIntent(result.passages, ctx);
  const leader = ranked[0];
  // Below the line but not far: share what the help center says, clearly hedged, and count the turn
  // as not really answered (two of those in a row bring in a person).
  const hedged = !result.answerability.answerable && result.answerability.score >= HEDGE_FROM;
  if (!leader || (!result.answerability.answerable && !hedged)) {
    return { replies: [{ text: t(locale, 'knowledge.not_found') }], answered: false, answerability: result.answerability.score };
  }
  const country = countryNamedIn(query) ?? countryNamedIn(ctx.text) ?? options.country ?? countryOfCurrencyIn(ctx.text);
  // "free shipping to the US?" must find the row that says "United States": name the country every way.
  const question = country ? `${query} ${COUNTRY_NAMES[country] ?? ''}` : query;
  // Close contenders compete on their best section: the article that holds the answer sentence wins.
  const contenders = ranked.filter((r, i) => i < 2 && r.score >= leader.score - CONTENDER_MARGIN);
  let best = leader.passage;
  let extract = '';
  let lead = '';
  let bestTotal = -Infinity;
  for (const contender of contenders) {
    const section = await selectAnswer(ctx.db, ctx.knowledge, {
      storeId: ctx.store.id, passage: contender.passage, question, maxChars: EXTRACT_CHARS,
      ...(country ? { country: (text: string) => textMentionsCountry(country, text) } : {}),
    });
    const total = section.score + ARTICLE_WEIGHT * contender.score;
    if (total > bestTotal) {
      bestTotal = total;
      best = contender.passage;
      extract = section.text;
      lead = section.lead;
    }
  }
  const lines: string[] = [];
  if (hedged) lines.push(t(locale, 'knowledge.hedged', { title: best.title }));
  if (best.crossLingual) {
    lines.push(t(locale, 'knowledge.other_language', { language: languageName(best.locale, locale) }));
    const gist = quantityGist(lead, expectedAnswerTypes(foldForSearch(query)), locale);
    if (gist) lines.push(gist);
  }
  lines.push(markdownToChat(extract));
  const source: Source = { articleId: best.articleId, title: best.title, locale: best.locale, url: `/help/${ctx.store.id}/${best.articleId}?locale=${encodeURIComponent(best.locale)}` };
  return { replies: [{ text: lines.join('\n'), sources: [source] }], answered: !hedged, answerability: result.answerability.score };
}
