using System.Linq.Expressions;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The one projection of cases, shared by the case queries. Category names come from the Administration
/// module through MediatR (there are only a handful), not by joining its table.</summary>
internal static class CaseQueries
{
    public static async Task<IReadOnlyList<CaseView>> ViewsAsync(
        CaseDbContext db, IMediator mediator, Expression<Func<Case, bool>> filter, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(filter).ToListAsync(ct);
        if (cases.Count == 0)
        {
            return [];
        }

        var categories = (await mediator.Send(new ListCategories(IncludeInactive: true), ct)).ToDictionary(c => c.Id);
        return cases.Select(c =>
        {
            var k = categories[c.CategoryId];
            return new CaseView(c.Id, c.CaseNumber, c.CategoryId, k.Code, k.NameJa, k.NameEn, c.Status, c.WorkflowInstanceId, c.OpenedAt, c.ClosedAt,
                c.ConsultationType, c.ResidentGender, c.AgeBand, c.Area);
        }).ToList();
    }
}
