-- The designer's work in progress: one draft per process, shared by the admins, saved every few seconds.
-- revision counts saves: a save names the revision it started from, so two admins editing at once cannot
-- silently overwrite each other. Publishing the draft turns it into the next immutable version and removes it.
CREATE TABLE wf_drafts (
    process_id text PRIMARY KEY,
    bpmn_xml text NOT NULL,
    revision integer NOT NULL,
    based_on_version integer,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    updated_by_name text
);
