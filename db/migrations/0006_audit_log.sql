-- Every command (and later every read of personal data): who, from where, when, what, with which outcome.
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    actor_role text,
    ip text,
    user_agent text,
    action text NOT NULL,
    target text,
    outcome text NOT NULL,
    detail text
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
CREATE INDEX ix_audit_log_target ON audit_log (target);
