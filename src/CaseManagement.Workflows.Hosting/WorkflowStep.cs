using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Execution;

namespace CaseManagement.Workflows.Hosting;

/// <summary>What one applied step left behind, for the caller's own bookkeeping (e.g. closing the case).</summary>
public sealed record WorkflowStep(
    Guid InstanceId,
    InstanceStatus Status,
    int Revision,
    IReadOnlyList<CreateUserTask> CreatedTasks,
    IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>The service tasks this instance's step invoked. Each also went to the outbox under
    /// <see cref="InvokedServiceTask.IdempotencyKey"/>; a caller may carry out one that only writes to the database in
    /// its own transaction, under the same key, so that the later delivery finds it done (notify does).</summary>
    public IReadOnlyList<InvokedServiceTask> ServiceTasks { get; init; } = [];
}
