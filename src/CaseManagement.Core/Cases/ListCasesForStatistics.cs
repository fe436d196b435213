using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The cases of the supervisor's categories opened in [From, To), oldest first, for the statistics.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ListCasesForStatistics(DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<CaseStatisticsRow>>;

internal sealed class ListCasesForStatisticsHandler(CaseDbContext db, IMediator mediator)
    : IRequestHandler<ListCasesForStatistics, IReadOnlyList<CaseStatisticsRow>>
{
    public async Task<IReadOnlyList<CaseStatisticsRow>> Handle(ListCasesForStatistics request, CancellationToken cancellationToken)
    {
        var mine = (await mediator.Send(new GetMyCategories(), cancellationToken)).ToDictionary(c => c.Id);
        var ids = mine.Keys.ToList();
        // Npgsql writes timestamptz parameters only as UTC.
        var (from, to) = (request.From.ToUniversalTime(), request.To.ToUniversalTime());
        var cases = await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.CategoryId) && c.OpenedAt >= from && c.OpenedAt < to)
            .OrderBy(c => c.OpenedAt)
            .ToListAsync(cancellationToken);
        return cases.Select(c => new CaseStatisticsRow(
            c.Id, c.CaseNumber, mine[c.CategoryId].Code, mine[c.CategoryId].NameJa, c.Status, c.OpenedAt, c.ClosedAt,
            c.ConsultationType, c.ResidentGender, c.AgeBand, c.Area)).ToList();
    }
}
