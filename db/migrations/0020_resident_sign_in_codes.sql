-- 住民のメール確認コードによるサインイン: a 6-digit one-time code per request, stored only as a keyed hash, valid
-- for 10 minutes, used once, void after 5 wrong tries. Wrong tries are also kept per IP address, so that one
-- address cannot guess across many mail addresses. Rows older than a day are deleted by later requests.
CREATE TABLE resident_sign_in_codes (
    id uuid PRIMARY KEY,
    -- the order codes were requested in (two in the same instant still have a newest)
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    email text NOT NULL CHECK (char_length(email) <= 254),
    code_hash bytea NOT NULL,
    requested_ip text,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    used_at timestamptz
);
CREATE INDEX resident_sign_in_codes_email_idx ON resident_sign_in_codes (email, seq DESC);
CREATE INDEX resident_sign_in_codes_ip_idx ON resident_sign_in_codes (requested_ip, created_at) WHERE requested_ip IS NOT NULL;

CREATE TABLE resident_sign_in_failures (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    ip text,
    at timestamptz NOT NULL
);
CREATE INDEX resident_sign_in_failures_ip_idx ON resident_sign_in_failures (ip, at) WHERE ip IS NOT NULL;
