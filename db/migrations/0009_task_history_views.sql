-- History first: who opened a resident's history (or confirmed there is none) for a task; replying needs a row.
CREATE TABLE task_history_views (
    task_id uuid NOT NULL REFERENCES wf_user_tasks (id),
    staff_id uuid NOT NULL,
    viewed_at timestamptz NOT NULL,
    none_confirmed boolean NOT NULL DEFAULT false,
    PRIMARY KEY (task_id, staff_id)
);
