namespace CaseManagement.Core.Tasks;

/// <summary>One change of a task's assignee (see <see cref="AssignmentKinds"/>): part of the case history.</summary>
public sealed class TaskAssignment
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public Guid InstanceId { get; set; }
    public required string Kind { get; set; }

    /// <summary>The new assignee; null when the task went back to its queue.</summary>
    public Guid? StaffId { get; set; }

    public Guid? PreviousStaffId { get; set; }

    /// <summary>For <see cref="AssignmentKinds.Auto"/>: the category's mode that chose.</summary>
    public string? Mode { get; set; }

    /// <summary>Who did it, as the audit log names them ("staff:…", "system").</summary>
    public required string Actor { get; set; }

    public DateTimeOffset At { get; set; }
}
