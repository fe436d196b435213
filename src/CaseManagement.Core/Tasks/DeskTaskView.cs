namespace CaseManagement.Core.Tasks;

/// <summary>A task as a row of a desk queue, with its case. <see cref="Revision"/> changes whenever the task does
/// (claim, release, reassign, completion): an API client sends it back to complete only what it saw.</summary>
public sealed record DeskTaskView(
    Guid TaskId, string TaskName, string Status, Guid CaseId, string CaseNumber, string CategoryCode,
    string CategoryNameJa, string CategoryNameEn, DateTimeOffset CreatedAt, DateTimeOffset? DueAt,
    Guid? AssigneeId, string? AssigneeName, bool IsMine, string? Queue = null, DueState Due = DueState.None, int Revision = 0)
{
    /// <summary>The supervisors' escalation queue of a category is "supervisors:&lt;category&gt;".</summary>
    public const string EscalationPrefix = "supervisors:";

    public bool IsEscalation => Queue?.StartsWith(EscalationPrefix, StringComparison.Ordinal) == true;
}
