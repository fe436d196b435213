-- Staff notifications (職員向けお知らせ): an escalation, an idle-case reminder… Addressed either to one staff
-- member or to everyone who works a queue (e.g. supervisors:child: the category's supervisors, as the desk decides
-- who sees a queue). The text is rendered from the template key and its arguments in the reader's language.
-- source_key is the step that sent it (a service task's idempotency key, an escalation's timer): a repeated
-- delivery of the same step adds nothing.
CREATE TABLE staff_notifications (
    id uuid PRIMARY KEY,
    recipient_staff_id uuid REFERENCES staff_members (id) ON DELETE CASCADE,
    recipient_queue text,
    template text NOT NULL,
    case_id uuid REFERENCES cases (id),
    task_id uuid,
    arguments jsonb NOT NULL DEFAULT '{}',
    source_key text NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK ((recipient_staff_id IS NULL) <> (recipient_queue IS NULL))
);
CREATE UNIQUE INDEX staff_notifications_source_recipient_key
    ON staff_notifications (source_key, coalesce(recipient_staff_id::text, 'queue:' || recipient_queue));
CREATE INDEX staff_notifications_staff_idx ON staff_notifications (recipient_staff_id, created_at) WHERE recipient_staff_id IS NOT NULL;
CREATE INDEX staff_notifications_queue_idx ON staff_notifications (recipient_queue, created_at) WHERE recipient_queue IS NOT NULL;
CREATE INDEX staff_notifications_case_idx ON staff_notifications (case_id) WHERE case_id IS NOT NULL;

-- Who has read what; a queue's notification is read per staff member.
CREATE TABLE staff_notification_reads (
    notification_id uuid NOT NULL REFERENCES staff_notifications (id) ON DELETE CASCADE,
    staff_id uuid NOT NULL REFERENCES staff_members (id) ON DELETE CASCADE,
    read_at timestamptz NOT NULL,
    PRIMARY KEY (notification_id, staff_id)
);
