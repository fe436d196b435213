-- Live chat: how far each side of a consultation has read (既読), kept so that it survives reloads and devices,
-- and a NOTIFY on channel case_chat after every new message or read mark. NOTIFY is delivered only when the
-- transaction commits, to every app node that listens; the payload carries ids only, never message text.
CREATE TABLE case_read_marks (
    case_id uuid NOT NULL REFERENCES cases (id),
    reader text NOT NULL CHECK (reader IN ('resident', 'staff')),
    last_read_message_id uuid NOT NULL REFERENCES case_messages (id),
    read_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, reader)
);

CREATE FUNCTION case_chat_notify_message() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('case_chat', json_build_object(
        'kind', 'message', 'caseId', NEW.case_id, 'messageId', NEW.id, 'author', NEW.author_kind)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER case_messages_notify_chat AFTER INSERT ON case_messages
    FOR EACH ROW EXECUTE FUNCTION case_chat_notify_message();

CREATE FUNCTION case_chat_notify_read() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('case_chat', json_build_object(
        'kind', 'read', 'caseId', NEW.case_id, 'messageId', NEW.last_read_message_id, 'reader', NEW.reader)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER case_read_marks_notify_chat AFTER INSERT OR UPDATE ON case_read_marks
    FOR EACH ROW EXECUTE FUNCTION case_chat_notify_read();
