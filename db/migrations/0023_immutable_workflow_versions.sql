-- A published version is immutable: instances are pinned to it, and the diagram an auditor replays must be the one
-- that ran. The database refuses to change or remove one, whatever code asks.
CREATE FUNCTION wf_definitions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'workflow version %:v% is published and cannot be changed', OLD.process_id, OLD.version
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER wf_definitions_immutable
    BEFORE UPDATE OR DELETE ON wf_definitions
    FOR EACH ROW EXECUTE FUNCTION wf_definitions_immutable();
