using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Audit;

/// <summary>The newest audit rows, optionally for one target ("case:…").</summary>
[Authorize(Roles.Auditor)]
public sealed record ListAuditEntries(string? Target = null, int Take = 200) : IQuery<IReadOnlyList<AuditEntryView>>;

internal sealed class ListAuditEntriesHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListAuditEntries, IReadOnlyList<AuditEntryView>>
{
    public async Task<IReadOnlyList<AuditEntryView>> Handle(ListAuditEntries request, CancellationToken cancellationToken)
    {
        var rows = await db.AuditLog.AsNoTracking()
            .Where(a => request.Target == null || a.Target == request.Target)
            .OrderByDescending(a => a.Id)
            .Take(Math.Clamp(request.Take, 1, 1000))
            .ToListAsync(cancellationToken);
        return await AuditSearches.ViewsAsync(mediator, rows, cancellationToken);
    }
}
