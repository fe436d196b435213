-- 内部メモ: staff-only notes on a case, never shown to residents; and free tags staff put on a case (filterable
-- in the desk queues).
CREATE TABLE case_notes (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    author_staff_id uuid NOT NULL,
    body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000),
    written_at timestamptz NOT NULL
);
CREATE INDEX ix_case_notes_case ON case_notes (case_id, written_at);

CREATE TABLE case_tags (
    case_id uuid NOT NULL REFERENCES cases (id),
    tag text NOT NULL CHECK (char_length(tag) BETWEEN 1 AND 20),
    added_at timestamptz NOT NULL,
    added_by text NOT NULL,
    PRIMARY KEY (case_id, tag)
);
CREATE INDEX ix_case_tags_tag ON case_tags (tag);
