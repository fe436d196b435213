-- Staff IP allowlist: the networks (CIDR, IPv4 or IPv6) from which the staff areas (Desk, Admin, Audit, staff sign-in,
-- staff APIs and hubs) may be reached. No rows: every address is allowed (a fresh install must be reachable).
CREATE TABLE staff_ip_ranges (
    cidr text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
