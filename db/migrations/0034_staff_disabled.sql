-- A disabled staff member (an admin switched the account off): kept with their history, but no longer signs in.
-- Identity enforces it (lockout without end); the domain records when, so lists and assignment can tell.
ALTER TABLE staff_members ADD COLUMN disabled_at timestamptz;
