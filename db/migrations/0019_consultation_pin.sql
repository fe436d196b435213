-- 暗証番号: an anonymous consultation's secret link also needs the PIN the resident chose (4–8 digits, stored only as
-- a salted PBKDF2 hash). Wrong PINs are counted; five in a row lock the link for a while (pin_locked_until).
ALTER TABLE cases
    ADD COLUMN pin_hash text CHECK (pin_hash IS NULL OR char_length(pin_hash) <= 200),
    ADD COLUMN pin_failures integer NOT NULL DEFAULT 0 CHECK (pin_failures >= 0),
    ADD COLUMN pin_locked_until timestamptz;
