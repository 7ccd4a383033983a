-- Search indexes without GIN pending lists: PGlite has no autovacuum to merge them, and every
-- search scans a pending list linearly (tens of milliseconds after a bulk import). Writes pay a
-- little more; searches stay fast.
ALTER INDEX knowledge_chunks_search SET (fastupdate = off);
ALTER INDEX knowledge_terms_trgm SET (fastupdate = off);
SELECT gin_clean_pending_list('knowledge_chunks_search'::regclass);
SELECT gin_clean_pending_list('knowledge_terms_trgm'::regclass);
-- Lookups of stale embeddings use IS DISTINCT FROM (not indexable), and this index tempted the
-- planner away from the HNSW index for nearest-neighbour queries.
DROP INDEX IF EXISTS knowledge_chunks_embedding_model;
