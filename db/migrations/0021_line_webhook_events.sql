-- LINE webhook events already answered, by webhookEventId, so that a redelivered or replayed body is answered once.
-- Only the id and the time: never the LINE user, never what was written (consultation content stays out of LINE).
CREATE TABLE line_webhook_events (
    webhook_event_id text PRIMARY KEY CHECK (char_length(webhook_event_id) <= 64),
    received_at timestamptz NOT NULL
);
CREATE INDEX line_webhook_events_received_idx ON line_webhook_events (received_at);
