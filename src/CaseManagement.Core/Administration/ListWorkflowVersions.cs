using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every published workflow version, newest first, with its instance count.</summary>
[Authorize(Roles.Admin)]
public sealed record ListWorkflowVersions : IQuery<IReadOnlyList<WorkflowVersionView>>;

internal sealed class ListWorkflowVersionsHandler(CaseDbContext db) : IRequestHandler<ListWorkflowVersions, IReadOnlyList<WorkflowVersionView>>
{
    public async Task<IReadOnlyList<WorkflowVersionView>> Handle(ListWorkflowVersions request, CancellationToken cancellationToken) =>
        await db.WorkflowDefinitions.AsNoTracking()
            .OrderBy(d => d.ProcessId).ThenByDescending(d => d.Version)
            .Select(d => new WorkflowVersionView(d.Id, d.ProcessId, d.Version, d.Name, d.PublishedAt,
                db.WorkflowInstances.Count(i => i.DefinitionId == d.Id)))
            .ToListAsync(cancellationToken);
}
