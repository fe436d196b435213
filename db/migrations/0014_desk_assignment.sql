-- 自動割当: how each category hands out new consultations (admins choose), who is at their desk (在席, each
-- counselor says so), the round-robin turn of each queue, and every change of a task's assignee.
CREATE TABLE category_assignment (
    category_id uuid PRIMARY KEY REFERENCES categories (id) ON DELETE CASCADE,
    mode text NOT NULL CHECK (mode IN ('none', 'round-robin', 'least-loaded')),
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);

CREATE TABLE staff_duty (
    staff_id uuid PRIMARY KEY REFERENCES staff_members (id) ON DELETE CASCADE,
    on_duty boolean NOT NULL,
    changed_at timestamptz NOT NULL
);

-- One row per queue, locked while a new task picks its counselor: two cases at once take turns, and the second
-- sees whom the first chose.
CREATE TABLE assignment_turns (
    queue text PRIMARY KEY,
    last_staff_id uuid,
    updated_at timestamptz NOT NULL
);

-- The case history of assignments: auto (by the category's mode), claim, release, reassign (supervisor).
CREATE TABLE task_assignments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    task_id uuid NOT NULL REFERENCES wf_user_tasks (id),
    instance_id uuid NOT NULL REFERENCES wf_instances (id),
    kind text NOT NULL CHECK (kind IN ('auto', 'claim', 'release', 'reassign')),
    staff_id uuid,
    previous_staff_id uuid,
    mode text,
    actor text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX ix_task_assignments_instance ON task_assignments (instance_id, id);
