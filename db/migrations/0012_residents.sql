-- 住民: a resident known across cases (signed in by e-mail one-time code or LINE Login). An anonymous
-- consultation has no resident row: its secret link is its only identity. A case may name its resident, so
-- that staff can read the resident's earlier cases first.
CREATE TABLE residents (
    id uuid PRIMARY KEY,
    email text UNIQUE CHECK (email IS NULL OR char_length(email) <= 254),
    line_user_id text UNIQUE CHECK (line_user_id IS NULL OR char_length(line_user_id) <= 64),
    display_name text CHECK (display_name IS NULL OR char_length(display_name) <= 100),
    created_at timestamptz NOT NULL
);

ALTER TABLE cases ADD COLUMN resident_id uuid REFERENCES residents (id);
CREATE INDEX cases_resident_id_idx ON cases (resident_id) WHERE resident_id IS NOT NULL;
