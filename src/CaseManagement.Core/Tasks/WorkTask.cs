namespace CaseManagement.Core.Tasks;

/// <summary>A user task the workflow engine created (wf_user_tasks), as the desk works it: queue, claim, complete.</summary>
public sealed class WorkTask
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public required string Name { get; set; }
    public string? Queue { get; set; }

    /// <summary>The claiming staff member's id as text (the engine's cm:assignee is free text).</summary>
    public string? Assignee { get; set; }

    public string? FormKey { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public int Revision { get; set; }
}
