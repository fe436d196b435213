-- Side effects of workflow steps (timer scheduling, service tasks: notifications, LINE pushes, e-mails),
-- written in the step's transaction and delivered after commit, at least once, keyed for idempotency.
CREATE TABLE wf_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_id uuid,
    kind text NOT NULL,
    idempotency_key text NOT NULL UNIQUE,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    available_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    delivered_at timestamptz,
    last_error text
);
CREATE INDEX ix_wf_outbox_pending ON wf_outbox (available_at, id) WHERE delivered_at IS NULL;
