-- One row per assistant turn: what it understood, whether it could answer, what it used, and whether it
-- handed off. Feeds the automated-resolution and hand-off reports and the knowledge-gap report.
CREATE TABLE assistant_turns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  -- The shopper message this turn answered.
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  mode text NOT NULL CHECK (mode IN ('offline', 'llm')),
  locale text NOT NULL,
  intent text NOT NULL,
  intent_confidence real NOT NULL,
  skill text NOT NULL,
  answered boolean NOT NULL,
  -- Best knowledge answerability score when the turn searched the help center.
  answerability real,
  sources text[] NOT NULL DEFAULT '{}',
  handoff_reason text,
  latency_ms real NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assistant_turns_store_time ON assistant_turns (store_id, created_at);
CREATE INDEX assistant_turns_unanswered ON assistant_turns (store_id, created_at) WHERE NOT answered;
