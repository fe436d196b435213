-- History is stored as one row per step (ADR 0023): a step's events, in order, as a jsonb array starting at
-- first_seq. wf_history becomes a view with the same columns as the table it replaces, one row per event, so
-- readers (path viewer, audit, export) see what they saw before. A step used to insert about six rows, each with
-- two index entries and a sequence value; it now inserts one (docs/PERFORMANCE.md).
CREATE TABLE wf_history_steps (
    instance_id uuid NOT NULL REFERENCES wf_instances (id),
    first_seq integer NOT NULL,
    events jsonb NOT NULL CHECK (jsonb_typeof(events) = 'array' AND jsonb_array_length(events) > 0),
    PRIMARY KEY (instance_id, first_seq)
);

-- Existing events keep their sequence numbers: each becomes a step of its own.
INSERT INTO wf_history_steps (instance_id, first_seq, events)
SELECT instance_id, seq, jsonb_build_array(jsonb_build_object('at', at, 'kind', kind)
    || CASE WHEN element_id IS NULL THEN '{}' ELSE jsonb_build_object('elementId', element_id) END
    || CASE WHEN element_type IS NULL THEN '{}' ELSE jsonb_build_object('elementType', element_type) END
    || CASE WHEN data IS NULL THEN '{}' ELSE jsonb_build_object('data', data) END)
FROM wf_history;

DROP TABLE wf_history;

CREATE VIEW wf_history (instance_id, seq, at, kind, element_id, element_type, data) AS
SELECT s.instance_id, s.first_seq + e.n::integer - 1, (e.event ->> 'at')::timestamptz, e.event ->> 'kind',
       e.event ->> 'elementId', e.event ->> 'elementType', CASE WHEN e.event ? 'data' THEN e.event -> 'data' END
FROM wf_history_steps s
CROSS JOIN LATERAL jsonb_array_elements(s.events) WITH ORDINALITY AS e (event, n);

-- The application reads the view; it writes steps (and may clear event data when personal data is deleted).
GRANT SELECT ON wf_history TO casemanagement_app;
REVOKE INSERT, UPDATE, DELETE ON wf_history FROM casemanagement_app;
