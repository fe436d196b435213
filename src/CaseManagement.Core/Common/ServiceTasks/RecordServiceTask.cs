using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.ServiceTasks;

/// <summary>A built-in service task ran (after commit, through the outbox). Until a module owns its type (notify →
/// resident notices), carrying it out means recording it in the audit log, once per idempotency key. assign is
/// carried out earlier, in the step's own transaction (Tasks.AssignCreatedTasks, ADR 0010); here it is only recorded.</summary>
[Authorize(Roles.System)]
public sealed record RecordServiceTask(Guid InstanceId, string ElementId, string Type, string IdempotencyKey) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => IdempotencyKey;
}

internal sealed class RecordServiceTaskHandler : IRequestHandler<RecordServiceTask, bool>
{
    // The audit behaviour writes the row; nothing else to do yet.
    public Task<bool> Handle(RecordServiceTask request, CancellationToken cancellationToken) => Task.FromResult(true);
}
