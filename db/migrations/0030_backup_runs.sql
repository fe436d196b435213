-- Runs of deploy/backup/base-backup.sh: one row per daily base backup, written by the script through psql as the
-- owner (the script runs as the postgres user on the database server). The Admin status page shows the newest
-- successful run and its age. The application only reads these rows.
CREATE TABLE backup_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    host text NOT NULL,
    label text NOT NULL,
    path text NOT NULL,
    size_bytes bigint,
    succeeded boolean NOT NULL,
    error text
);
CREATE INDEX ix_backup_runs_finished ON backup_runs (finished_at DESC) WHERE succeeded;

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON backup_runs FROM casemanagement_app;
