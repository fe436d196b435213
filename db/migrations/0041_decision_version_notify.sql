-- A new decision table version tells every listening node to forget the latest version it remembers, on the same
-- channel as workflow versions (ADR 0024); the payload names it as dmn:<decision_ref>.
CREATE FUNCTION dmn_definitions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('wf_definitions', 'dmn:' || NEW.decision_ref);
    RETURN NULL;
END
$$;

CREATE TRIGGER dmn_definitions_notify AFTER INSERT ON dmn_definitions
    FOR EACH ROW EXECUTE FUNCTION dmn_definitions_notify();
