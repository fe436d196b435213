-- Attributes staff record on a case for the statistics (相談種別, 性別, 年代, 地区); all optional.
ALTER TABLE cases
    ADD COLUMN consultation_type text,
    ADD COLUMN resident_gender text,
    ADD COLUMN age_band text,
    ADD COLUMN area text CHECK (char_length(area) <= 50);
