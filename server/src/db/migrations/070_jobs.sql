-- Background jobs: a SQL queue every node shares (PostgreSQL and PGlite alike). Workers claim with
-- FOR UPDATE SKIP LOCKED, hold a lease (locked_until) and retry with backoff; jobs that fail every
-- attempt stay as 'dead' (the dead-letter list) until someone retries or prunes them.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text NOT NULL,
  -- Ids, not personal data: { conversationId, customerId, messageId, … } (GDPR delete matches on them).
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'dead')),
  -- Enqueueing the same key twice in one queue yields one job (kept until pruned: the dedupe window).
  idempotency_key text,
  store_id text REFERENCES stores(id) ON DELETE CASCADE,
  attempts int NOT NULL DEFAULT 0,
  max_attempts int NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
  run_at timestamptz NOT NULL DEFAULT now(),
  -- The lease: a worker that crashes or stalls past it loses the job to another worker.
  locked_until timestamptz,
  locked_by text,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  UNIQUE (queue, idempotency_key)
);
CREATE INDEX jobs_ready ON jobs (queue, run_at) WHERE status = 'queued';
CREATE INDEX jobs_leases ON jobs (locked_until) WHERE status = 'running';
CREATE INDEX jobs_finished ON jobs (status, finished_at) WHERE status IN ('done', 'dead');
CREATE INDEX jobs_store ON jobs (store_id);
