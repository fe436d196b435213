-- Engine durability: versioned definitions, instances (state as jsonb, row-locked per step),
-- append-only history, and the user tasks the engine asked for.
CREATE TABLE wf_definitions (
    id uuid PRIMARY KEY,
    process_id text NOT NULL,
    version integer NOT NULL,
    name text,
    bpmn_xml text NOT NULL,
    checksum text NOT NULL,
    published_at timestamptz NOT NULL,
    UNIQUE (process_id, version)
);

CREATE TABLE wf_instances (
    id uuid PRIMARY KEY,
    definition_id uuid NOT NULL REFERENCES wf_definitions (id),
    process_id text NOT NULL,
    business_key text,
    status text NOT NULL,
    state jsonb NOT NULL,
    revision integer NOT NULL DEFAULT 1,
    started_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    ended_at timestamptz
);
CREATE INDEX ix_wf_instances_business_key ON wf_instances (business_key);

CREATE TABLE wf_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES wf_instances (id),
    seq integer NOT NULL,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    element_id text,
    element_type text,
    data jsonb,
    UNIQUE (instance_id, seq)
);

CREATE TABLE wf_user_tasks (
    id uuid PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES wf_instances (id),
    element_id text NOT NULL,
    name text NOT NULL,
    queue text,
    assignee text,
    form_key text,
    due_at timestamptz,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    claimed_at timestamptz,
    completed_at timestamptz,
    completed_by text,
    revision integer NOT NULL DEFAULT 1
);
CREATE INDEX ix_wf_user_tasks_open_queue ON wf_user_tasks (queue) WHERE status = 'open';
CREATE INDEX ix_wf_user_tasks_instance ON wf_user_tasks (instance_id);

CREATE TABLE wf_timers (
    id uuid PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES wf_instances (id),
    element_id text NOT NULL,
    due_at timestamptz NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    fired_at timestamptz
);
CREATE INDEX ix_wf_timers_pending ON wf_timers (due_at) WHERE status = 'pending';
