using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Workflows.Hosting;

/// <summary>What one applied step left behind, for the caller's own bookkeeping (e.g. closing the case).</summary>
public sealed record WorkflowStep(
    Guid InstanceId,
    InstanceStatus Status,
    int Revision,
    IReadOnlyList<CreateUserTask> CreatedTasks,
    IReadOnlyDictionary<string, object?> Variables);
