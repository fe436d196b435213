-- Every node remembers the latest version of each process while it listens on wf_definitions (ADR 0024): a new
-- version tells them all, when its transaction commits, which process to forget.
CREATE FUNCTION wf_definitions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('wf_definitions', NEW.process_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER wf_definitions_notify AFTER INSERT ON wf_definitions
    FOR EACH ROW EXECUTE FUNCTION wf_definitions_notify();
