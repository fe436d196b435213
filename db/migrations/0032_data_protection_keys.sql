-- ASP.NET Core data-protection key ring, shared by every app node (issue 7 point 3): a staff cookie, an antiforgery
-- token or a resident cookie issued by one node must be readable by the others. One row per key, as the XML element
-- the framework hands over; rows are only added (the framework never deletes, it revokes by adding a revocation element).
CREATE TABLE data_protection_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text NOT NULL,
    xml text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- 0026's default privileges already cover a table created by the migrations' owner; granted by name as well so that a
-- deployment running migrations as another owner still lets the application read and add keys, and nothing more.
REVOKE ALL ON data_protection_keys FROM casemanagement_app;
GRANT SELECT, INSERT ON data_protection_keys TO casemanagement_app;
