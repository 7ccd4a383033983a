-- Per-conversation facts the reports need (first shopper message, first public agent reply, first
-- "resolved", the assistant's turns), kept current by triggers on messages and assistant_turns so a
-- report over a million messages reads one narrow row per conversation instead of every message.
-- refresh_conversation_facts() recomputes rows from the real tables (backfill, bulk loads, checks).
CREATE TABLE conversation_facts (
  conversation_id uuid PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
  store_id text NOT NULL,
  first_shopper_at timestamptz,
  shopper_messages int NOT NULL DEFAULT 0,
  first_agent_reply_at timestamptz,
  first_resolved_at timestamptz,
  turns int NOT NULL DEFAULT 0,
  last_turn_at timestamptz,
  last_answered boolean,
  first_turn_handoff_reason text,
  -- The first shopper message after the assistant's last turn (a question left without an answer).
  shopper_after_last_turn timestamptz
);

CREATE FUNCTION conversation_facts_on_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.author = 'shopper' THEN
    INSERT INTO conversation_facts AS f (conversation_id, store_id, first_shopper_at, shopper_messages)
    VALUES (NEW.conversation_id, NEW.store_id, NEW.created_at, 1)
    ON CONFLICT (conversation_id) DO UPDATE SET
      first_shopper_at = LEAST(f.first_shopper_at, NEW.created_at),
      shopper_messages = f.shopper_messages + 1,
      shopper_after_last_turn = CASE WHEN f.last_turn_at IS NOT NULL AND NEW.created_at > f.last_turn_at
        THEN LEAST(f.shopper_after_last_turn, NEW.created_at) ELSE f.shopper_after_last_turn END;
  ELSIF NEW.author = 'agent' AND NOT NEW.internal THEN
    INSERT INTO conversation_facts AS f (conversation_id, store_id, first_agent_reply_at)
    VALUES (NEW.conversation_id, NEW.store_id, NEW.created_at)
    ON CONFLICT (conversation_id) DO UPDATE SET first_agent_reply_at = LEAST(f.first_agent_reply_at, NEW.created_at);
  ELSIF NEW.author = 'system' AND NEW.payload->>'action' = 'status' AND NEW.payload->>'status' = 'resolved' THEN
    INSERT INTO conversation_facts AS f (conversation_id, store_id, first_resolved_at)
    VALUES (NEW.conversation_id, NEW.store_id, NEW.created_at)
    ON CONFLICT (conversation_id) DO UPDATE SET first_resolved_at = LEAST(f.first_resolved_at, NEW.created_at);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER messages_conversation_facts AFTER INSERT ON messages FOR EACH ROW EXECUTE FUNCTION conversation_facts_on_message();

CREATE FUNCTION conversation_facts_on_turn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO conversation_facts AS f (conversation_id, store_id, turns, last_turn_at, last_answered, first_turn_handoff_reason)
  VALUES (NEW.conversation_id, NEW.store_id, 1, NEW.created_at, NEW.answered, NEW.handoff_reason)
  ON CONFLICT (conversation_id) DO UPDATE SET
    turns = f.turns + 1,
    last_answered = CASE WHEN f.last_turn_at IS NULL OR NEW.created_at >= f.last_turn_at THEN NEW.answered ELSE f.last_answered END,
    shopper_after_last_turn = CASE WHEN f.last_turn_at IS NULL OR NEW.created_at >= f.last_turn_at THEN NULL ELSE f.shopper_after_last_turn END,
    last_turn_at = GREATEST(f.last_turn_at, NEW.created_at),
    first_turn_handoff_reason = COALESCE(f.first_turn_handoff_reason, NEW.handoff_reason);
  RETURN NULL;
END;
$$;
CREATE TRIGGER assistant_turns_conversation_facts AFTER INSERT ON assistant_turns FOR EACH ROW EXECUTE FUNCTION conversation_facts_on_turn();

CREATE FUNCTION refresh_conversation_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO conversation_facts AS f (conversation_id, store_id, first_shopper_at, shopper_messages, first_agent_reply_at, first_resolved_at,
    turns, last_turn_at, last_answered, first_turn_handoff_reason, shopper_after_last_turn)
  SELECT c.id, c.store_id, m.first_shopper_at, COALESCE(m.shopper_messages, 0), m.first_agent_reply_at, m.first_resolved_at,
    COALESCE(t.turns, 0), t.last_turn_at, t.last_answered, t.first_handoff_reason,
    (SELECT min(s.created_at) FROM messages s WHERE s.conversation_id = c.id AND s.author = 'shopper' AND s.created_at > t.last_turn_at)
  FROM conversations c
  LEFT JOIN LATERAL (
    SELECT min(created_at) FILTER (WHERE author = 'shopper') AS first_shopper_at,
      count(*) FILTER (WHERE author = 'shopper')::int AS shopper_messages,
      min(created_at) FILTER (WHERE author = 'agent' AND NOT internal) AS first_agent_reply_at,
      min(created_at) FILTER (WHERE author = 'system' AND payload->>'action' = 'status' AND payload->>'status' = 'resolved') AS first_resolved_at
    FROM messages WHERE conversation_id = c.id
  ) m ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS turns, max(created_at) AS last_turn_at,
      (array_agg(answered ORDER BY created_at DESC))[1] AS last_answered,
      (array_agg(handoff_reason ORDER BY created_at) FILTER (WHERE handoff_reason IS NOT NULL))[1] AS first_handoff_reason
    FROM assistant_turns WHERE conversation_id = c.id
  ) t ON true
  WHERE c.id = ANY(ids)
  ON CONFLICT (conversation_id) DO UPDATE SET
    first_shopper_at = EXCLUDED.first_shopper_at, shopper_messages = EXCLUDED.shopper_messages,
    first_agent_reply_at = EXCLUDED.first_agent_reply_at, first_resolved_at = EXCLUDED.first_resolved_at,
    turns = EXCLUDED.turns, last_turn_at = EXCLUDED.last_turn_at, last_answered = EXCLUDED.last_answered,
    first_turn_handoff_reason = EXCLUDED.first_turn_handoff_reason, shopper_after_last_turn = EXCLUDED.shopper_after_last_turn;
$$;

-- Conversations that already exist.
SELECT refresh_conversation_facts(ARRAY(SELECT id FROM conversations));
