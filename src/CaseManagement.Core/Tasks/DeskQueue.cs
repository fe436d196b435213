namespace CaseManagement.Core.Tasks;

/// <summary>A queue the staff member may see: a category's queue, or (supervisors) its escalation queue.</summary>
public sealed record DeskQueue(string Queue, string CategoryCode, string CategoryNameJa, string CategoryNameEn, bool IsEscalation)
{
    public int Open { get; init; }

    public int Unassigned { get; init; }
}
