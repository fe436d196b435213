-- A call activity's child instance remembers its parent (and the calling element) so that its end is reported back.
ALTER TABLE wf_instances
    ADD COLUMN parent_instance_id uuid REFERENCES wf_instances (id),
    ADD COLUMN parent_element_id text;
CREATE INDEX ix_wf_instances_parent ON wf_instances (parent_instance_id) WHERE parent_instance_id IS NOT NULL;
