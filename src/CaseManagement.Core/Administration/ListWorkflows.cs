using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every process that has a published version or a draft, by process id.</summary>
[Authorize(Roles.Admin)]
public sealed record ListWorkflows : IQuery<IReadOnlyList<WorkflowSummary>>;

internal sealed class ListWorkflowsHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListWorkflows, IReadOnlyList<WorkflowSummary>>
{
    public async Task<IReadOnlyList<WorkflowSummary>> Handle(ListWorkflows request, CancellationToken cancellationToken)
    {
        var versions = await mediator.Send(new ListWorkflowVersions(), cancellationToken);
        var drafts = await db.WorkflowDrafts.AsNoTracking()
            .Select(d => new { d.ProcessId, d.Revision, d.UpdatedAt, d.UpdatedByName }).ToDictionaryAsync(d => d.ProcessId, cancellationToken);
        return versions.GroupBy(v => v.ProcessId).Select(g => g.Key).Union(drafts.Keys).Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var published = versions.Where(v => v.ProcessId == id).ToList();
                var draft = drafts.GetValueOrDefault(id);
                return new WorkflowSummary(id, published.FirstOrDefault()?.Name, published.FirstOrDefault()?.Version, published.Count,
                    published.Sum(v => v.Running), draft?.Revision, draft?.UpdatedAt, draft?.UpdatedByName);
            })
            .ToList();
    }
}
