-- The application connects as a member of casemanagement_app, never as the owner of the tables (ADR 0016):
-- migrations run as the owner; the application may read and write the domain's rows but cannot change the schema,
-- the migration journal, or (0027) the audit trail. The login role is the deployment's choice:
--   CREATE ROLE cm_web LOGIN PASSWORD '…' IN ROLE casemanagement_app;   (deploy/DATABASE-ROLES.md)
-- The group role is cluster-wide; several databases (or test processes) may race to create it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casemanagement_app') THEN
        CREATE ROLE casemanagement_app NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO casemanagement_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO casemanagement_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO casemanagement_app;
REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM casemanagement_app;

-- Tables and sequences later migrations create (as the same owner) get the same grants without naming them.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO casemanagement_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO casemanagement_app;
