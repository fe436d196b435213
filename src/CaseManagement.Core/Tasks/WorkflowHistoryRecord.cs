namespace CaseManagement.Core.Tasks;

/// <summary>Read-only view of wf_history (a view over wf_history_steps): one token move, task event, variable change or timer of an instance.</summary>
public sealed class WorkflowHistoryRecord
{
    public Guid InstanceId { get; set; }
    public int Seq { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Kind { get; set; }
    public string? ElementId { get; set; }
    public string? ElementType { get; set; }
    public string? Data { get; set; }
}
