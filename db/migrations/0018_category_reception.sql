-- 受付: what admins set per consultation category for residents — reception hours per weekday, the category's own
-- closed days (on top of national holidays and 年末年始), welcome and auto-reply texts, whether anonymous
-- consultation is allowed — and the notices and maintenance announcements the resident top page shows.
-- A category without hour rows keeps the municipal hours (Monday to Friday 8:30–17:15).
ALTER TABLE categories
    ADD COLUMN allow_anonymous boolean NOT NULL DEFAULT true,
    ADD COLUMN closed_on_national_holidays boolean NOT NULL DEFAULT true,
    ADD COLUMN closed_at_year_end boolean NOT NULL DEFAULT true,
    ADD COLUMN welcome_ja text NOT NULL DEFAULT '' CHECK (char_length(welcome_ja) <= 2000),
    ADD COLUMN welcome_en text NOT NULL DEFAULT '' CHECK (char_length(welcome_en) <= 2000),
    ADD COLUMN auto_reply_open_ja text NOT NULL DEFAULT '' CHECK (char_length(auto_reply_open_ja) <= 2000),
    ADD COLUMN auto_reply_open_en text NOT NULL DEFAULT '' CHECK (char_length(auto_reply_open_en) <= 2000),
    ADD COLUMN auto_reply_closed_ja text NOT NULL DEFAULT '' CHECK (char_length(auto_reply_closed_ja) <= 2000),
    ADD COLUMN auto_reply_closed_en text NOT NULL DEFAULT '' CHECK (char_length(auto_reply_closed_en) <= 2000);

-- Weekday as .NET's DayOfWeek: 0 = Sunday … 6 = Saturday. Half-open: open at opens, closed at closes.
CREATE TABLE category_reception_hours (
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    weekday smallint NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    opens time NOT NULL,
    closes time NOT NULL,
    break_starts time,
    break_ends time,
    PRIMARY KEY (category_id, weekday),
    CHECK (opens < closes),
    CHECK ((break_starts IS NULL) = (break_ends IS NULL)),
    CHECK (break_starts IS NULL OR (opens < break_starts AND break_starts < break_ends AND break_ends < closes))
);

CREATE TABLE category_closed_days (
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    day date NOT NULL,
    name text NOT NULL CHECK (char_length(name) <= 100),
    PRIMARY KEY (category_id, day)
);

-- お知らせ and メンテナンス: shown on the resident top page from starts_at until ends_at (exclusive); a maintenance
-- notice in its period puts the resident area into read-only mode.
CREATE TABLE notices (
    id uuid PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('notice', 'maintenance')),
    title_ja text NOT NULL CHECK (char_length(title_ja) BETWEEN 1 AND 100),
    title_en text NOT NULL DEFAULT '' CHECK (char_length(title_en) <= 100),
    body_ja text NOT NULL DEFAULT '' CHECK (char_length(body_ja) <= 2000),
    body_en text NOT NULL DEFAULT '' CHECK (char_length(body_en) <= 2000),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX notices_period_idx ON notices (starts_at, ends_at);
