using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The ids of the cases carrying a tag, for filtering a desk queue (which keeps to the actor's queues).</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record FindCasesByTag(string Tag) : IQuery<IReadOnlyList<Guid>>;

internal sealed class FindCasesByTagHandler(CaseDbContext db) : IRequestHandler<FindCasesByTag, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(FindCasesByTag request, CancellationToken cancellationToken) =>
        await db.CaseTags.AsNoTracking().Where(t => t.Tag == request.Tag).Select(t => t.CaseId).ToListAsync(cancellationToken);
}
