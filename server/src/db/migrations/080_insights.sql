-- Insights: indexes the reports read through, proactive delivery notices, compensation decisions and
-- post-delivery feedback requests.

-- Reports select a store's conversations by creation time, then look up each one's assistant turns and
-- its first "resolved" status change (recorded by the inbox as a private system activity line).
CREATE INDEX conversations_store_created ON conversations (store_id, created_at);
CREATE INDEX assistant_turns_conversation ON assistant_turns (conversation_id, created_at);
CREATE INDEX messages_status_activity ON messages (conversation_id, created_at)
  WHERE author = 'system' AND payload->>'action' = 'status';

-- One notice per shipment and kind of problem, however often the scanner sees it: the unique key is
-- what makes "never more than one per event" hold across nodes and retries.
CREATE TABLE proactive_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  shipment_id uuid NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
  order_pk uuid REFERENCES orders(id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  kind text NOT NULL CHECK (kind IN ('customs_hold', 'failed_attempt', 'lost', 'late')),
  -- What the scanner saw (status, lateness reason, expected date, days without a scan); no personal data.
  facts jsonb NOT NULL DEFAULT '{}',
  locale text NOT NULL,
  -- pending: waiting for the delivery job; delivered: posted (and e-mailed where allowed);
  -- suppressed: the store or the sales channel's rules forbid contacting the shopper.
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'suppressed')),
  suppressed_reason text,
  conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
  message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
  email_status text CHECK (email_status IN ('sent', 'failed', 'skipped')),
  detected_at timestamptz NOT NULL,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (shipment_id, kind)
);
CREATE INDEX proactive_notices_store ON proactive_notices (store_id, detected_at DESC);
CREATE INDEX proactive_notices_conversation ON proactive_notices (conversation_id);

-- A remedy an agent approved (or turned down) for a late, lost, damaged or wrong order, with what it
-- costs the store, so reports can add up what problems cost.
CREATE TABLE compensation_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  order_pk uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
  problem text NOT NULL CHECK (problem IN ('late', 'lost', 'damaged', 'wrong_item')),
  remedy text NOT NULL CHECK (remedy IN ('reship', 'refund', 'partial_refund', 'coupon')),
  status text NOT NULL CHECK (status IN ('approved', 'rejected')),
  -- Money given to the shopper (refund or coupon value), in the order's currency; null for a reship.
  amount numeric(14, 2),
  currency text NOT NULL,
  -- Estimated cost to the store in the order's currency (0 when rejected).
  cost numeric(14, 2) NOT NULL DEFAULT 0,
  within_policy boolean NOT NULL,
  -- The suggestions the agent was shown when deciding.
  suggestions jsonb NOT NULL DEFAULT '[]',
  decided_by uuid REFERENCES agents(id) ON DELETE SET NULL,
  note text,
  decided_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX compensation_decisions_store ON compensation_decisions (store_id, decided_at);
CREATE INDEX compensation_decisions_order ON compensation_decisions (order_pk);

-- At most one feedback request per order, sent or deliberately skipped (with the reason).
CREATE TABLE feedback_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id text NOT NULL REFERENCES stores(id) ON DELETE CASCADE,
  order_pk uuid NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
  customer_id uuid REFERENCES customers(id) ON DELETE SET NULL,
  -- The order's sales channel (shopify, amazon, ebay, tiktok…): marketplace rules depend on it.
  channel text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'skipped')),
  skip_reason text,
  locale text NOT NULL,
  conversation_id uuid REFERENCES conversations(id) ON DELETE SET NULL,
  email_status text CHECK (email_status IN ('sent', 'failed', 'skipped')),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX feedback_requests_store ON feedback_requests (store_id, created_at DESC);
