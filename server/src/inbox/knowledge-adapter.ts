/**
 * The copilot's view of the help center: the knowledge engine's hybrid search, trimmed to the part of
 * each article that answers the shopper's question, with a link to the public article page. Only
 * searches the help center thinks it can answer are offered (no noise in front of the agent).
 */
import type { KnowledgeService } from '../knowledge/knowledge-service.js';
import type { KnowledgeSearch } from './copilot.js';

const SNIPPET_CHARS = 420;

export function knowledgeForCopilot(knowledge: () => KnowledgeService | undefined): KnowledgeSearch {
  return {
    async search(storeId, query, locale, limit) {
      const engine = knowledge();
      if (!engine) return [];
      const result = await engine.search({ storeId, query, locale, limit });
      if (!result.answerability.answerable) return [];
      return result.passages.map((p) => ({
        articleId: p.articleId,
        title: p.title,
        locale: p.locale,
        url: `/help/${storeId}/${encodeURIComponent(p.articleId)}?locale=${encodeURIComponent(p.locale)}`,
        snippet: engine.extract(p, query, SNIPPET_CHARS),
      }));
    },
  };
}
