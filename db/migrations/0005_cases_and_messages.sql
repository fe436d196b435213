-- Cases (one per consultation, application or counter procedure) and the messages of a consultation.
CREATE SEQUENCE case_number_seq;

CREATE TABLE cases (
    id uuid PRIMARY KEY,
    case_number text NOT NULL UNIQUE,
    category_id uuid NOT NULL REFERENCES categories (id),
    status text NOT NULL,
    workflow_instance_id uuid,
    access_token_hash bytea NOT NULL UNIQUE,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    revision integer NOT NULL DEFAULT 1
);
CREATE INDEX ix_cases_category_status ON cases (category_id, status);

CREATE TABLE case_messages (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    author_kind text NOT NULL,
    author_staff_id uuid,
    body text NOT NULL,
    sent_at timestamptz NOT NULL
);
CREATE INDEX ix_case_messages_case ON case_messages (case_id, sent_at);
