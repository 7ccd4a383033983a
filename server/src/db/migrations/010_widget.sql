-- Widget: images shoppers attach (damaged items) and the CSAT rating of resolved conversations.

-- Stored in the database so every node serves them, under random ids; never executed or sniffed.
CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  -- Set when the message carrying it is sent; unsent uploads can be purged.
  message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
  uploaded_by text NOT NULL CHECK (uploaded_by IN ('shopper', 'agent')),
  -- Detected from the bytes, not taken from the upload's headers.
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp')),
  file_name text NOT NULL,
  byte_size integer NOT NULL,
  width integer,
  height integer,
  sha256 text NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_conversation ON attachments (conversation_id, created_at);

-- One rating per conversation, given once it is resolved.
CREATE TABLE conversation_feedback (
  conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  scale text NOT NULL CHECK (scale IN ('thumbs', 'five')),
  -- thumbs: 0 (down) or 1 (up); five: 1–5.
  rating smallint NOT NULL,
  comment text,
  -- Who had the conversation when it was rated, for per-agent CSAT.
  assignee_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((scale = 'thumbs' AND rating IN (0, 1)) OR (scale = 'five' AND rating BETWEEN 1 AND 5))
);
CREATE INDEX conversation_feedback_store ON conversation_feedback (store_id, created_at DESC);
