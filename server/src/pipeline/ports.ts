/**
 * What the assistant needs from the knowledge engine (app.knowledge implements it), as an interface
 * so skills depend on the contract rather than on the engine's internals.
 */
import type { Passage, SearchRequest, SearchResult } from '../knowledge/search/search-service.js';

export type { Passage, SearchResult };

export interface KnowledgePort {
  search(request: SearchRequest): Promise<SearchResult>;
  /** The part of a passage that answers the question, trimmed to a length budget. */
  extract(passage: Passage, question: string, maxChars?: number): string;
}
