namespace CaseManagement.Core.Tasks;

/// <summary>One assignment change as the case history shows it, names resolved ("system" for automatic ones).</summary>
public sealed record AssignmentView(
    DateTimeOffset At, string Kind, Guid TaskId, string TaskName, Guid? StaffId, string? StaffName, string? PreviousStaffName, string? Mode,
    string ActorName);
