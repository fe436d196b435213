using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every DMN document that has a published version, with its draft if someone is editing it.</summary>
[Authorize(Roles.Admin)]
public sealed record ListDecisions : IQuery<IReadOnlyList<DecisionSummary>>;

internal sealed class ListDecisionsHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListDecisions, IReadOnlyList<DecisionSummary>>
{
    public async Task<IReadOnlyList<DecisionSummary>> Handle(ListDecisions request, CancellationToken cancellationToken)
    {
        var versions = await mediator.Send(new ListDecisionVersions(), cancellationToken);
        var drafts = await db.DecisionDrafts.AsNoTracking()
            .Select(d => new { d.DecisionRef, d.Revision, d.UpdatedAt, d.UpdatedByName }).ToDictionaryAsync(d => d.DecisionRef, cancellationToken);
        return [.. versions.GroupBy(v => v.DecisionRef).Select(g =>
        {
            var draft = drafts.GetValueOrDefault(g.Key);
            return new DecisionSummary(g.Key, g.First().Name, g.First().Version, g.Count(), draft?.Revision, draft?.UpdatedAt, draft?.UpdatedByName);
        })];
    }
}
