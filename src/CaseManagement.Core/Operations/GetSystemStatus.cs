using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using MediatR;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Operations;

/// <summary>The Admin status page: nodes, desk queue depths, pending timers, outbox backlog, disk and last backup.
/// Read-only; task counts come from the Tasks module.</summary>
[Authorize(Roles.Admin)]
public sealed record GetSystemStatus : IQuery<SystemStatusView>;

internal sealed class GetSystemStatusHandler(OperationsProbe probe, IMediator mediator, TimeProvider clock, IOptions<OperationsOptions> options)
    : IRequestHandler<GetSystemStatus, SystemStatusView>
{
    public async Task<SystemStatusView> Handle(GetSystemStatus request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var outbox = await probe.OutboxBacklogAsync(cancellationToken);
        return new SystemStatusView(
            clock.GetUtcNow(),
            await probe.NodesAsync(cancellationToken),
            await mediator.Send(new CountOpenTasksPerQueue(), cancellationToken),
            await probe.PendingTimersAsync(cancellationToken),
            outbox,
            OutboxHealth.IsHealthy(outbox, limits),
            await probe.DiskAsync(cancellationToken),
            await probe.BackupAsync(limits.BackupMaxAge, cancellationToken));
    }
}
