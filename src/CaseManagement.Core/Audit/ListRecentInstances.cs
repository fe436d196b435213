using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Audit;

/// <summary>The most recently started workflow instances, newest first.</summary>
[Authorize(Roles.Auditor)]
public sealed record ListRecentInstances(int Take = 20) : IQuery<IReadOnlyList<InstanceSummary>>;

internal sealed class ListRecentInstancesHandler(CaseDbContext db) : IRequestHandler<ListRecentInstances, IReadOnlyList<InstanceSummary>>
{
    public async Task<IReadOnlyList<InstanceSummary>> Handle(ListRecentInstances request, CancellationToken cancellationToken) =>
        await db.WorkflowInstances.AsNoTracking().OrderByDescending(i => i.StartedAt).Take(Math.Clamp(request.Take, 1, 200))
            .Select(i => new InstanceSummary(i.Id, i.ProcessId, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt))
            .ToListAsync(cancellationToken);
}
