-- The decision table editor's work in progress: one draft per decision document, shared by the admins, saved a few
-- seconds after each change. revision counts saves, as wf_drafts does; publishing turns the draft into the next
-- immutable version in dmn_definitions and removes it.
CREATE TABLE dmn_drafts (
    decision_ref text PRIMARY KEY,
    dmn_xml text NOT NULL,
    revision integer NOT NULL,
    based_on_version integer,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    updated_by_name text
);
