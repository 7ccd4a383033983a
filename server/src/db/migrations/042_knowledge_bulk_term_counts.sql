-- Bulk loads count terms once at the end (bulk-load.ts) instead of per INSERT statement: with
-- parley.defer_term_counts = 'on' in the transaction, the triggers leave knowledge_terms alone.
CREATE OR REPLACE FUNCTION knowledge_terms_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('parley.defer_term_counts', true) = 'on' THEN
    RETURN NULL;
  END IF;
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

CREATE OR REPLACE FUNCTION knowledge_terms_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('parley.defer_term_counts', true) = 'on' THEN
    RETURN NULL;
  END IF;
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

-- Room on every page for updated versions: a df change then stays a HOT update (no new entries in
-- the primary key and trigram indexes).
ALTER TABLE knowledge_terms SET (fillfactor = 50);
