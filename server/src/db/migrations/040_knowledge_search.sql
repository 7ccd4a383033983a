-- Knowledge search: a lexical index per chunk, the vocabulary with document frequencies (for term
-- weighting and trigram typo correction), and what each article was last indexed from.

ALTER TABLE knowledge_chunks
  ADD COLUMN title text NOT NULL DEFAULT '',
  -- Stemmed words (per-locale configuration), CJK bigrams, concept ids (c_refund) and product codes
  -- (k_jnptr204); title and headings carry weight A.
  ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX knowledge_chunks_search ON knowledge_chunks USING gin (search_vector);
CREATE INDEX knowledge_chunks_article_locale ON knowledge_chunks (store_id, article_id, locale);
CREATE INDEX knowledge_chunks_embedding_model ON knowledge_chunks (store_id, embedding_model);

ALTER TABLE knowledge_articles
  -- content_hash and analyzer version the chunks were built from; differing values mean "re-index".
  ADD COLUMN indexed_hash text,
  ADD COLUMN indexed_analyzer text;

-- Document frequency of every index term per store; the empty term holds the store's chunk count.
CREATE TABLE knowledge_terms (
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  term text NOT NULL,
  df integer NOT NULL,
  PRIMARY KEY (store_id, term)
);
CREATE INDEX knowledge_terms_trgm ON knowledge_terms USING gin (term gin_trgm_ops);

-- Kept up to date by statement triggers, so every path that adds or removes chunks (the indexer,
-- an article deleted with ON DELETE CASCADE, a re-import) counts alike.
CREATE FUNCTION knowledge_terms_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO knowledge_terms (store_id, term, df)
  SELECT x.store_id, x.term, count(*)::int
  FROM (
    SELECT n.store_id, t.term FROM new_chunks n, unnest(tsvector_to_array(n.search_vector)) AS t(term)
    UNION ALL
    SELECT n.store_id, '' FROM new_chunks n
  ) x
  GROUP BY x.store_id, x.term
  ORDER BY x.store_id, x.term
  ON CONFLICT (store_id, term) DO UPDATE SET df = knowledge_terms.df + EXCLUDED.df;
  RETURN NULL;
END;
$$;

CREATE FUNCTION knowledge_terms_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE knowledge_terms k SET df = k.df - d.n
  FROM (
    SELECT x.store_id, x.term, count(*)::int AS n
    FROM (
      SELECT o.store_id, t.term FROM old_chunks o, unnest(tsvector_to_array(o.search_vector)) AS t(term)
      UNION ALL
      SELECT o.store_id, '' FROM old_chunks o
    ) x
    GROUP BY x.store_id, x.term
  ) d
  WHERE k.store_id = d.store_id AND k.term = d.term;
  RETURN NULL;
END;
$$;

CREATE TRIGGER knowledge_chunks_terms_insert AFTER INSERT ON knowledge_chunks
  REFERENCING NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION knowledge_terms_after_insert();
CREATE TRIGGER knowledge_chunks_terms_delete AFTER DELETE ON knowledge_chunks
  REFERENCING OLD TABLE AS old_chunks FOR EACH STATEMENT EXECUTE FUNCTION knowledge_terms_after_delete();

-- search_vector is written once per chunk: a changed chunk is a new row (new content hash).
CREATE FUNCTION knowledge_chunks_search_vector_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.search_vector IS DISTINCT FROM OLD.search_vector THEN
    RAISE EXCEPTION 'knowledge_chunks.search_vector is immutable; replace the chunk instead';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER knowledge_chunks_search_vector_fixed BEFORE UPDATE OF search_vector ON knowledge_chunks
  FOR EACH ROW EXECUTE FUNCTION knowledge_chunks_search_vector_immutable();
