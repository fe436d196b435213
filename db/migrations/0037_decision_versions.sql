-- Published versions of the DMN decision tables that business rule tasks evaluate (cm:decisionRef names
-- decision_ref, e.g. "related-procedures"). workflows/*.dmn are published as version 1 at start; the decision
-- table editor publishes the next ones. A published version is immutable, as wf_definitions are: the database
-- refuses to change or remove one, whatever code asks.
CREATE TABLE dmn_definitions (
    id uuid PRIMARY KEY,
    decision_ref text NOT NULL,
    version integer NOT NULL,
    name text,
    dmn_xml text NOT NULL,
    checksum text NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text NOT NULL,
    UNIQUE (decision_ref, version)
);

CREATE FUNCTION dmn_definitions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decision version %:v% is published and cannot be changed', OLD.decision_ref, OLD.version
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER dmn_definitions_immutable
    BEFORE UPDATE OR DELETE ON dmn_definitions
    FOR EACH ROW EXECUTE FUNCTION dmn_definitions_immutable();
