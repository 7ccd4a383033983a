/**
 * What each help article is about, in the shopper intents' terms, so that a returns question prefers
 * the returns policy over the payment article that merely shares the word "pay". The article's title
 * is classified with the same intent model as shoppers' messages — no tagging by the store needed —
 * and the fit of a question is the overlap of the two intent distributions (0..1).
 */
import { classifyIntent, type IntentScore } from '../intent/index.js';

const MEMO_LIMIT = 5_000;
const memo = new Map<string, Map<string, number>>();

/** The intent distribution of an article title (memoised: the same titles come back all day). */
function titleIntents(title: string): Map<string, number> {
  const cached = memo.get(title);
  if (cached) return cached;
  const ranked = classifyIntent(title).ranked;
  const out = new Map(ranked.map((r) => [r.intent as string, r.score]));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(title, out);
  return out;
}

/** How well an article titled `title` fits a question whose intents are `question` (0..1). */
export function articleIntentFit(title: string, question: readonly IntentScore[]): number {
  const article = titleIntents(title);
  let fit = 0;
  for (const q of question) fit += q.score * (article.get(q.intent) ?? 0);
  return fit;
}
