-- Commerce: webhook idempotency, order actions with approval, ERP push tokens, attempt limits.

-- Every webhook delivery applied (or deliberately skipped), so a redelivery is acknowledged without
-- being applied twice. Written in the same transaction as its effect: a failed delivery is retried.
CREATE TABLE webhook_deliveries (
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  -- 'shopify' (X-Shopify-Webhook-Id) or 'tracking' (the provider's event id).
  source text NOT NULL,
  delivery_id text NOT NULL,
  topic text NOT NULL,
  -- applied | stale (older than what we hold) | ignored (unknown topic or record)
  outcome text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (store_id, source, delivery_id, topic)
);
CREATE INDEX webhook_deliveries_received ON webhook_deliveries (received_at);

-- Cancel / change address / return / exchange requests, with the policy verdict and the decision.
CREATE TABLE order_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  order_pk uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('cancel', 'change_address', 'return', 'exchange')),
  status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'done')),
  requested_by text NOT NULL CHECK (requested_by IN ('shopper', 'assistant', 'agent')),
  requested_by_agent uuid REFERENCES agents(id) ON DELETE SET NULL,
  -- What was asked: the new address, the items and reason, the exchange variant.
  details jsonb NOT NULL DEFAULT '{}',
  -- The policy facts at request time (window, placed/delivered instants) for the agent's review.
  policy jsonb NOT NULL DEFAULT '{}',
  -- What applying it changed (return id created, previous address).
  result jsonb,
  decided_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  decision_note text,
  decided_at timestamptz,
  -- The caller's clock ("now" is passed in, so evaluation clocks and tests agree).
  requested_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_actions_store_status ON order_actions (store_id, status, requested_at DESC);
CREATE INDEX order_actions_order ON order_actions (order_pk);
CREATE INDEX order_actions_conversation ON order_actions (conversation_id);
-- At most one request per order and kind waits for an agent: asking twice does not queue two.
CREATE UNIQUE INDEX order_actions_one_pending ON order_actions (order_pk, kind) WHERE status = 'requested';

-- Bearer tokens an ERP or marketplace connector uses to push normalised orders; only hashes are kept.
CREATE TABLE store_api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX store_api_tokens_store ON store_api_tokens (store_id);

-- Fixed-window attempt counters shared by all nodes (guest order verification). Keys are hashed:
-- they contain IP addresses.
CREATE TABLE attempt_counters (
  key_hash text NOT NULL,
  window_start timestamptz NOT NULL,
  hits int NOT NULL,
  PRIMARY KEY (key_hash, window_start)
);
CREATE INDEX attempt_counters_window ON attempt_counters (window_start);
