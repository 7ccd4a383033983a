/** What the index needs from an embedding model, offline or remote. */
export interface EmbeddingProvider {
  /** Model name as configured, e.g. `offline-hash-v1`, `text-embedding-3-small`. */
  readonly model: string;
  readonly dimensions: number;
  /**
   * Stored next to every vector (`embedding_model`): the model and its size. Vectors whose key differs
   * from the configured provider's are stale and are re-embedded; search only compares equal keys.
   */
  readonly key: string;
  /** One unit-length vector per text, in order. `kind` lets asymmetric models treat queries differently. */
  embed(texts: readonly string[], kind: 'document' | 'query'): Promise<number[][]>;
}

export const embeddingKey = (model: string, dimensions: number) => `${model}@${dimensions}`;

export class EmbeddingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddingError';
  }
}

/** Scales a vector to unit length (cosine similarity = dot product); a zero vector stays zero. */
export function normalize(vector: number[]): number[] {
  let sum = 0;
  for (const v of vector) sum += v * v;
  if (sum === 0) return vector;
  const scale = 1 / Math.sqrt(sum);
  return vector.map((v) => v * scale);
}

/** The text embedded for a chunk: where it sits in the article, then what it says. */
export function chunkEmbeddingText(title: string, headingPath: readonly string[], content: string): string {
  return [title, headingPath.join(' › '), content].filter(Boolean).join('\n');
}
