-- Files residents and staff attach to a consultation (JPEG, PNG, PDF; the type is decided from the content's
-- magic bytes, the size limit is enforced by the app). Each attachment belongs to one message of the case, so it
-- takes its place in the conversation. The bytes stay in PostgreSQL with everything else (one store to back up).
CREATE TABLE case_attachments (
    id uuid PRIMARY KEY,
    case_id uuid NOT NULL REFERENCES cases (id),
    message_id uuid NOT NULL UNIQUE REFERENCES case_messages (id),
    file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes integer NOT NULL CHECK (size_bytes > 0),
    sha256 bytea NOT NULL CHECK (length(sha256) = 32),
    content bytea NOT NULL,
    uploaded_at timestamptz NOT NULL
);
CREATE INDEX ix_case_attachments_case ON case_attachments (case_id);

-- JPEG, PNG and PDF are compressed already: store them out of line without trying to compress them again.
ALTER TABLE case_attachments ALTER COLUMN content SET STORAGE EXTERNAL;
