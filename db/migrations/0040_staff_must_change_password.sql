-- A password an admin chose (a new account, a reset) is known to two people: the member replaces it at their next
-- sign-in before opening any staff page.
ALTER TABLE identity_users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
