/**
 * What the assistant needs from the knowledge engine, as an interface, so the pipeline can be driven by
 * the real hybrid search or (in unit tests of skills) by anything that returns passages.
 */
export interface Passage {
  articleId: string;
  title: string;
  locale: string;
  headingPath: string[];
  content: string;
  score: number;
}

export interface KnowledgeResult {
  passages: Passage[];
  /** Calibrated 0..1: how likely the best passage answers the question. */
  answerability: { score: number; answerable: boolean };
}

export interface KnowledgePort {
  search(input: { storeId: string; query: string; locale: string; limit?: number }): Promise<KnowledgeResult>;
}
