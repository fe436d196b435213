namespace CaseManagement.Core.Tasks;

/// <summary>A staff member opened the resident's history for a task (or confirmed there is none): replies need it.</summary>
public sealed class TaskHistoryView
{
    public Guid TaskId { get; set; }
    public Guid StaffId { get; set; }
    public DateTimeOffset ViewedAt { get; set; }

    /// <summary>True when the staff member ticked 「履歴がないことを確認しました」 rather than opening the history.</summary>
    public bool NoneConfirmed { get; set; }
}
