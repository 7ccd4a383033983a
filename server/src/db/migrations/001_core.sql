-- Core schema. Every row belongs to a store (tenant); store_id is part of every lookup.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Instance-wide secrets shared by all nodes (signing keys), generated on first start.
CREATE TABLE instance_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stores (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text NOT NULL,
  default_locale text NOT NULL DEFAULT 'en',
  locales text[] NOT NULL DEFAULT '{en}',
  timezone text NOT NULL DEFAULT 'UTC',
  -- The store profile as imported (markets, warehouses, support hours, holidays, policies).
  profile jsonb NOT NULL DEFAULT '{}',
  -- Store-controlled settings (widget look, hand-off rules, allowed origins…).
  settings jsonb NOT NULL DEFAULT '{}',
  -- HMAC secrets: identity signing by the store's site, webhook verification.
  identity_secret text NOT NULL,
  webhook_secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  password_hash text NOT NULL,
  languages text[] NOT NULL DEFAULT '{en}',
  timezone text NOT NULL DEFAULT 'UTC',
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An agent works for one or more stores, with a role in each.
CREATE TABLE store_agents (
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('agent', 'admin')),
  team text,
  PRIMARY KEY (store_id, agent_id)
);

CREATE TABLE agent_sessions (
  id text PRIMARY KEY,              -- sha256 of the session token; the token itself is never stored
  agent_id uuid NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX agent_sessions_agent ON agent_sessions (agent_id);

CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  email text,
  first_name text,
  last_name text,
  locale text,
  country_code text,
  timezone text,
  tags text[] NOT NULL DEFAULT '{}',
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, external_id)
);
CREATE INDEX customers_email ON customers (store_id, lower(email));

CREATE TABLE conversations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  -- sha256 of the visitor's conversation token (kept in the browser); proves ownership on resume.
  token_hash text NOT NULL UNIQUE,
  visitor_id text,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  channel text NOT NULL DEFAULT 'widget',
  -- bot: the assistant answers; open/pending/snoozed/resolved: the human workflow.
  status text NOT NULL DEFAULT 'bot' CHECK (status IN ('bot', 'open', 'pending', 'snoozed', 'resolved')),
  handed_off_at timestamptz,
  handoff_reason text,
  assignee_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  locale text,
  intent text,
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  labels text[] NOT NULL DEFAULT '{}',
  snoozed_until timestamptz,
  contact_email text,
  page jsonb,
  -- Pipeline memory: language, order and product under discussion, verification, pending question.
  state jsonb NOT NULL DEFAULT '{}',
  last_message_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_store_status ON conversations (store_id, status, last_message_at DESC);
CREATE INDEX conversations_customer ON conversations (customer_id);
CREATE INDEX conversations_visitor ON conversations (store_id, visitor_id);

-- Messages are immutable and totally ordered by seq; clients resync "everything after seq N".
CREATE TABLE messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL UNIQUE,
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  author text NOT NULL CHECK (author IN ('shopper', 'assistant', 'agent', 'system')),
  agent_id uuid REFERENCES agents(id) ON DELETE SET NULL,
  -- Private notes are visible to agents only.
  internal boolean NOT NULL DEFAULT false,
  text text NOT NULL,
  language text,
  -- Idempotency key chosen by the sending client: a retried send never duplicates.
  client_id text,
  intent text,
  sources jsonb,
  payload jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, client_id)
);
CREATE INDEX messages_conversation_seq ON messages (conversation_id, seq);

CREATE FUNCTION messages_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'messages are immutable';
END;
$$;
CREATE TRIGGER messages_no_update BEFORE UPDATE ON messages FOR EACH ROW EXECUTE FUNCTION messages_immutable();

CREATE TABLE knowledge_articles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  -- Stable id shared by all translations of one article.
  article_id text NOT NULL,
  locale text NOT NULL,
  slug text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  format text NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'html')),
  tags text[] NOT NULL DEFAULT '{}',
  source text NOT NULL DEFAULT 'import',
  content_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, article_id, locale)
);

CREATE TABLE knowledge_chunks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  article_pk uuid NOT NULL REFERENCES knowledge_articles(id) ON DELETE CASCADE,
  article_id text NOT NULL,
  locale text NOT NULL,
  ordinal int NOT NULL,
  heading_path text[] NOT NULL DEFAULT '{}',
  content text NOT NULL,
  content_hash text NOT NULL,
  embedding vector,
  embedding_model text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (article_pk, ordinal)
);
CREATE INDEX knowledge_chunks_store ON knowledge_chunks (store_id, locale);

CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  handle text NOT NULL,
  title text NOT NULL,
  product_type text,
  vendor text,
  status text NOT NULL DEFAULT 'active',
  tags text[] NOT NULL DEFAULT '{}',
  size_chart_id text,
  data jsonb NOT NULL,
  source_updated_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, external_id)
);
CREATE INDEX products_handle ON products (store_id, handle);

CREATE TABLE product_variants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  product_pk uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  sku text,
  title text NOT NULL,
  options text[] NOT NULL DEFAULT '{}',
  price numeric(14, 2),
  inventory_quantity int,
  inventory_policy text,
  data jsonb NOT NULL,
  UNIQUE (store_id, external_id)
);
CREATE INDEX product_variants_sku ON product_variants (store_id, sku);

CREATE TABLE size_charts (
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  id text NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (store_id, id)
);

CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  -- What the shopper calls it: "#1001", an Amazon or TikTok order id.
  name text NOT NULL,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  email text,
  channel text NOT NULL DEFAULT 'shopify',
  marketplace text,
  market text,
  currency text NOT NULL,
  total_price numeric(14, 2),
  financial_status text,
  fulfillment_status text,
  placed_at timestamptz NOT NULL,
  processed_at timestamptz,
  cancelled_at timestamptz,
  data jsonb NOT NULL,
  -- updated_at from the source system: older webhook deliveries never overwrite newer data.
  source_updated_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, external_id)
);
CREATE INDEX orders_name ON orders (store_id, lower(name));
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_email ON orders (store_id, lower(email));

CREATE TABLE shipments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  order_pk uuid REFERENCES orders(id) ON DELETE CASCADE,
  tracking_number text NOT NULL,
  carrier text NOT NULL,
  kind text NOT NULL DEFAULT 'outbound' CHECK (kind IN ('outbound', 'return')),
  status text,
  expected_delivery date,
  delivered_at timestamptz,
  last_event_at timestamptz,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_id, tracking_number)
);
CREATE INDEX shipments_order ON shipments (order_pk);

CREATE TABLE tracking_events (
  id bigserial PRIMARY KEY,
  shipment_id uuid NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  -- The local offset of the scan, kept so timelines can show the carrier's local time.
  occurred_local text NOT NULL,
  location text,
  message text NOT NULL,
  status text NOT NULL,
  carrier text,
  UNIQUE (shipment_id, occurred_at, message)
);

CREATE TABLE returns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  external_id text NOT NULL,
  order_pk uuid REFERENCES orders(id) ON DELETE CASCADE,
  type text NOT NULL,
  status text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (store_id, external_id)
);
