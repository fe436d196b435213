using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every published workflow version (or those of one process), newest first, with its instance counts.</summary>
[Authorize(Roles.Admin)]
public sealed record ListWorkflowVersions(string? ProcessId = null) : IQuery<IReadOnlyList<WorkflowVersionView>>;

internal sealed class ListWorkflowVersionsHandler(CaseDbContext db) : IRequestHandler<ListWorkflowVersions, IReadOnlyList<WorkflowVersionView>>
{
    // wf_instances.status holds the engine's InstanceStatus by name.
    private const string Running = nameof(Workflows.Execution.InstanceStatus.Active);

    public async Task<IReadOnlyList<WorkflowVersionView>> Handle(ListWorkflowVersions request, CancellationToken cancellationToken) =>
        await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => request.ProcessId == null || d.ProcessId == request.ProcessId)
            .OrderBy(d => d.ProcessId).ThenByDescending(d => d.Version)
            .Select(d => new WorkflowVersionView(d.Id, d.ProcessId, d.Version, d.Name, d.PublishedAt,
                db.WorkflowInstances.Count(i => i.DefinitionId == d.Id),
                db.WorkflowInstances.Count(i => i.DefinitionId == d.Id && i.Status == Running)))
            .ToListAsync(cancellationToken);
}
