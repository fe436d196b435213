using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Consultations;

/// <summary>When staff first wrote to the resident, per case (cases without a staff message are absent). Only times,
/// never message text: the case ids come from a supervisor's own statistics query.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ListFirstStaffReplies(IReadOnlyList<Guid> CaseIds) : IQuery<IReadOnlyDictionary<Guid, DateTimeOffset>>;

internal sealed class ListFirstStaffRepliesHandler(CaseDbContext db)
    : IRequestHandler<ListFirstStaffReplies, IReadOnlyDictionary<Guid, DateTimeOffset>>
{
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> Handle(ListFirstStaffReplies request, CancellationToken cancellationToken)
    {
        var ids = request.CaseIds.ToList();
        return await db.CaseMessages.AsNoTracking()
            .Where(m => ids.Contains(m.CaseId) && m.AuthorKind == MessageAuthor.Staff)
            .GroupBy(m => m.CaseId)
            .Select(g => new { CaseId = g.Key, First = g.Min(m => m.SentAt) })
            .ToDictionaryAsync(x => x.CaseId, x => x.First, cancellationToken);
    }
}
