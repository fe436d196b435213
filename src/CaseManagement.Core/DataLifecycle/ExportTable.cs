namespace CaseManagement.Core.DataLifecycle;

/// <summary>One file of the municipal export: its name in the zip and the query whose rows it holds (docs/EXPORT.md).</summary>
internal sealed record ExportTable(string File, string Query, string Description)
{
    /// <summary>Every table the export holds, with exactly the columns documented; secrets (password hashes, link token
    /// hashes, engine state, scheduler and delivery internals) are left out on purpose.</summary>
    /// <summary>Where an attachment's bytes are in the zip: by id (the resident's file name is in attachments.csv, never a path).</summary>
    /// <summary>Where a workflow version's BPMN is in the zip.</summary>
    public const string DefinitionFile = "'workflow_definitions/' || process_id || '_v' || version || '.bpmn'";

    public const string AttachmentFile =
        "'attachments/' || id || CASE content_type WHEN 'image/jpeg' THEN '.jpg' WHEN 'image/png' THEN '.png' ELSE '.pdf' END";

    public static readonly IReadOnlyList<ExportTable> All =
    [
        new("categories.csv", "SELECT id, code, name_ja, name_en, description_ja, description_en, workflow_process_id, sort_order, is_active FROM categories ORDER BY sort_order, code", "相談分野 / categories"),
        new("staff.csv", "SELECT id, display_name, created_at FROM staff_members ORDER BY created_at, id", "職員 / staff"),
        new("staff_categories.csv", "SELECT staff_id, category_id FROM staff_categories ORDER BY staff_id, category_id", "職員の担当分野 / staff per category"),
        new("residents.csv", "SELECT id, email, line_user_id, display_name, created_at FROM residents ORDER BY created_at, id", "住民 / residents"),
        new("cases.csv", "SELECT id, case_number, category_id, status, workflow_instance_id, resident_id, opened_at, closed_at, consultation_type, resident_gender, age_band, area, outcome, follow_up_needed FROM cases ORDER BY opened_at, id", "案件 / cases"),
        new("messages.csv", "SELECT id, case_id, author_kind, author_staff_id, body, sent_at FROM case_messages ORDER BY sent_at, id", "メッセージ / messages"),
        new("case_notes.csv", "SELECT id, case_id, author_staff_id, body, written_at FROM case_notes ORDER BY written_at, id", "内部メモ / internal notes"),
        new("case_tags.csv", "SELECT case_id, tag, added_at, added_by FROM case_tags ORDER BY case_id, tag", "タグ / case tags"),
        new("attachments.csv", "SELECT id, case_id, message_id, file_name, content_type, size_bytes, encode(sha256, 'hex') AS sha256, uploaded_at, " + AttachmentFile + " AS file FROM case_attachments ORDER BY uploaded_at, id", "添付ファイル / attachments"),
        new("tasks.csv", "SELECT id, instance_id, element_id, name, queue, assignee, due_at, status, created_at, claimed_at, completed_at, completed_by FROM wf_user_tasks ORDER BY created_at, id", "タスク / tasks"),
        new("workflow_definitions.csv", "SELECT id, process_id, version, name, checksum, published_at, " + DefinitionFile + " AS bpmn_file FROM wf_definitions ORDER BY process_id, version", "ワークフロー定義 / workflow definitions"),
        new("workflow_instances.csv", "SELECT id, definition_id, process_id, business_key, status, started_at, ended_at, parent_instance_id, parent_element_id FROM wf_instances ORDER BY started_at, id", "ワークフロー実行 / workflow instances"),
        new("workflow_history.csv", "SELECT instance_id, seq, at, kind, element_id, element_type, data FROM wf_history ORDER BY instance_id, seq", "ワークフロー履歴 / workflow history"),
        new("audit_log.csv", "SELECT id, at, kind, actor, actor_role, ip, user_agent, action, target, outcome, detail, encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash FROM audit_log ORDER BY id", "監査ログ / audit log"),
    ];
}
