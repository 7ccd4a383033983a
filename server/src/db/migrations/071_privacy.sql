-- Privacy requests handled (GDPR export and erasure), for the store's records of processing. Who the
-- request was about is deliberately not kept: after an erasure nothing should point back to them.
CREATE TABLE privacy_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('export', 'delete')),
  requested_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  -- Rows exported or deleted per table.
  counts jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX privacy_requests_store ON privacy_requests (store_id, created_at DESC);
