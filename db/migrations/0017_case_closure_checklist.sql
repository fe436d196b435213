-- Closing a case (終了チェックリスト): what staff record on closing (対応結果, 継続支援の要否), and per category the
-- items that must be recorded before a completion may end the case's workflow. No rows: nothing is required.
ALTER TABLE cases
    ADD COLUMN outcome text,
    ADD COLUMN follow_up_needed boolean;

CREATE TABLE category_closure_items (
    category_id uuid NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    item text NOT NULL,
    PRIMARY KEY (category_id, item)
);
