-- The helpdesk inbox: agent availability and capacity, invitations, canned responses, @mentions,
-- merged conversations, translations of messages and the e-mail channel.

-- 'online' agents take part in automatic assignment while their inbox is open; 'away' agents do not.
ALTER TABLE agents ADD COLUMN availability text NOT NULL DEFAULT 'online' CHECK (availability IN ('online', 'away'));

-- Per-store workload limit for automatic assignment, and the round-robin position.
ALTER TABLE store_agents ADD COLUMN capacity int NOT NULL DEFAULT 8 CHECK (capacity BETWEEN 0 AND 200);
ALTER TABLE store_agents ADD COLUMN last_assigned_at timestamptz;

-- A conversation merged into another keeps its rows (messages are immutable) and points at the survivor.
ALTER TABLE conversations ADD COLUMN merged_into_id uuid REFERENCES conversations(id) ON DELETE SET NULL;
CREATE INDEX conversations_store_assignee ON conversations (store_id, assignee_id, status);
CREATE INDEX conversations_contact_email ON conversations (store_id, lower(contact_email));
CREATE INDEX conversations_snoozed ON conversations (snoozed_until) WHERE status = 'snoozed';

-- Search over message text ("where is #1042", a tracking number, a name).
CREATE INDEX messages_text_trgm ON messages USING gin (text gin_trgm_ops);
CREATE INDEX messages_conversation_author ON messages (conversation_id, author, created_at);

CREATE TABLE agent_invites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  team text,
  -- sha256 of the one-time invitation token sent in the link; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX agent_invites_store ON agent_invites (store_id, created_at DESC);

CREATE TABLE canned_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  -- Typed after "/" in the reply box; one per language.
  shortcut text NOT NULL CHECK (shortcut ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  language text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  -- Intents this answer fits (the copilot offers them first).
  intents text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, shortcut, language)
);

CREATE TABLE mentions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  UNIQUE (message_id, agent_id)
);
CREATE INDEX mentions_agent ON mentions (agent_id, read_at, created_at DESC);

-- Machine translations of a message, one per target language, so each is paid for once.
CREATE TABLE message_translations (
  message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
  language text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (message_id, language)
);

-- Every e-mail sent to or received from a shopper, for threading and idempotent inbound delivery.
CREATE TABLE email_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
  direction text NOT NULL CHECK (direction IN ('outbound', 'inbound')),
  -- The RFC 5322 Message-ID header.
  rfc_message_id text NOT NULL,
  address text NOT NULL,
  status text NOT NULL CHECK (status IN ('sent', 'failed', 'received')),
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, direction, rfc_message_id)
);
CREATE INDEX email_messages_conversation ON email_messages (conversation_id, created_at);
