using System.Linq.Expressions;
using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The one projection of cases with their category's names, shared by the case queries. The filter
/// applies to the entity, before projection, so that it translates to SQL.</summary>
internal static class CaseQueries
{
    public static IQueryable<CaseView> Views(CaseDbContext db, Expression<Func<Case, bool>> filter) =>
        db.Cases.AsNoTracking().Where(filter).Join(db.Categories, c => c.CategoryId, k => k.Id, (c, k) => new CaseView(
            c.Id, c.CaseNumber, c.CategoryId, k.Code, k.NameJa, k.NameEn, c.Status, c.WorkflowInstanceId, c.OpenedAt, c.ClosedAt));
}
