-- Nearest-neighbour search in one round trip. The planner needs a few settings for it (see
-- search/channels.ts): set_config(..., true) scopes them to the calling statement's transaction, so
-- no BEGIN/SET/COMMIT exchange is needed. The vector size and model key are configuration, hence
-- dynamic SQL; the model key is inlined so the planner can match the per-model partial HNSW index.
CREATE FUNCTION knowledge_nearest_chunks(p_store text, p_model text, p_dimensions int, p_vector text, p_limit int, p_ef_search int)
RETURNS TABLE (id uuid, article_id text, locale text, similarity float8)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  PERFORM set_config('enable_sort', 'off', true);
  PERFORM set_config('hnsw.ef_search', p_ef_search::text, true);
  BEGIN
    -- pgvector 0.8+: keep scanning until enough rows of this store are found.
    PERFORM set_config('hnsw.iterative_scan', 'relaxed_order', true);
  EXCEPTION WHEN OTHERS THEN
    NULL;
  END;
  RETURN QUERY EXECUTE format(
    'SELECT c.id, c.article_id, c.locale, 1 - (c.embedding::vector(%1$s) <=> $1::vector(%1$s))
     FROM knowledge_chunks c
     WHERE c.embedding_model = %2$L AND c.store_id = $2
     ORDER BY c.embedding::vector(%1$s) <=> $1::vector(%1$s)
     LIMIT $3',
    p_dimensions, p_model)
  USING p_vector, p_store, p_limit;
END;
$$;
