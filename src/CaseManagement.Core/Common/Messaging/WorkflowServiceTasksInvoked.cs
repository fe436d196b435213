using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Hosting;
using MediatR;

namespace CaseManagement.Core.Common.Messaging;

/// <summary>Published in the step's transaction with the service tasks the step invoked: a module that carries out a
/// cm:type by writing to the database does it here, under the invocation's idempotency key, so that the outbox's
/// later delivery of the same invocation finds it done.</summary>
public sealed record WorkflowServiceTasksInvoked(IReadOnlyList<InvokedServiceTask> ServiceTasks) : INotification
{
    /// <summary>The user tasks the same step created, in order: assign gives the one in its queue to a counselor.</summary>
    public IReadOnlyList<CreateUserTask> CreatedTasks { get; init; } = [];
}
