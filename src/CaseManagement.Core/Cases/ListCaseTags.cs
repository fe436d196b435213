using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The tags of several cases (the caller has already restricted them to the actor's categories); cases
/// without tags are absent.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListCaseTags(IReadOnlyCollection<Guid> CaseIds) : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<string>>>;

internal sealed class ListCaseTagsHandler(CaseDbContext db) : IRequestHandler<ListCaseTags, IReadOnlyDictionary<Guid, IReadOnlyList<string>>>
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> Handle(ListCaseTags request, CancellationToken cancellationToken)
    {
        var ids = request.CaseIds.ToArray();
        var tags = await db.CaseTags.AsNoTracking().Where(t => ids.Contains(t.CaseId)).OrderBy(t => t.Tag).ToListAsync(cancellationToken);
        return tags.GroupBy(t => t.CaseId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Tag)]);
    }
}
