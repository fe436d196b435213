-- The last history sequence number of an instance, kept on its (locked) row, so that a step does not scan
-- wf_history with max(seq) every time (docs/PERFORMANCE.md).
ALTER TABLE wf_instances ADD COLUMN last_seq integer NOT NULL DEFAULT 0;
UPDATE wf_instances i SET last_seq = coalesce((SELECT max(h.seq) FROM wf_history h WHERE h.instance_id = i.id), 0);
