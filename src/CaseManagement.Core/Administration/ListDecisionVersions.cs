using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Every published version of DMN documents (or of one), newest first.</summary>
[Authorize(Roles.Admin)]
public sealed record ListDecisionVersions(string? DecisionRef = null) : IQuery<IReadOnlyList<DecisionVersionView>>;

internal sealed class ListDecisionVersionsHandler(CaseDbContext db) : IRequestHandler<ListDecisionVersions, IReadOnlyList<DecisionVersionView>>
{
    public async Task<IReadOnlyList<DecisionVersionView>> Handle(ListDecisionVersions request, CancellationToken cancellationToken) =>
        await db.DecisionVersions.AsNoTracking()
            .Where(d => request.DecisionRef == null || d.DecisionRef == request.DecisionRef)
            .OrderBy(d => d.DecisionRef).ThenByDescending(d => d.Version)
            .Select(d => new DecisionVersionView(d.Id, d.DecisionRef, d.Version, d.Name, d.PublishedAt, d.PublishedBy))
            .ToListAsync(cancellationToken);
}
