-- Consultation categories (児童相談, 妊産婦・育児相談, …) and which staff work in which category.
CREATE TABLE categories (
    id uuid PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name_ja text NOT NULL,
    name_en text NOT NULL,
    description_ja text NOT NULL DEFAULT '',
    description_en text NOT NULL DEFAULT '',
    workflow_process_id text NOT NULL,
    sort_order integer NOT NULL DEFAULT 0,
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE staff_members (
    id uuid PRIMARY KEY,
    display_name text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE staff_categories (
    staff_id uuid NOT NULL REFERENCES staff_members (id) ON DELETE CASCADE,
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, category_id)
);
