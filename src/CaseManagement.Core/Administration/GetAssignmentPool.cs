using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The automatic assignment pool of a category, read inside the workflow step that created the task. The
/// step may be a resident's (a new consultation), hence anyone; internal, so only Core's own handlers can send it.</summary>
[AllowAnyone]
internal sealed record GetAssignmentPool(string CategoryCode) : IQuery<AssignmentPool>;

internal sealed class GetAssignmentPoolHandler(CaseDbContext db) : IRequestHandler<GetAssignmentPool, AssignmentPool>
{
    public async Task<AssignmentPool> Handle(GetAssignmentPool request, CancellationToken cancellationToken)
    {
        var category = db.Categories.Where(c => c.Code == request.CategoryCode).Select(c => c.Id);
        var mode = await db.CategoryAssignments.AsNoTracking().Where(a => category.Contains(a.CategoryId)).Select(a => a.Mode)
            .SingleOrDefaultAsync(cancellationToken) ?? AssignmentModes.None;
        if (mode == AssignmentModes.None)
        {
            return new AssignmentPool(mode, []);
        }

        var onDuty = await db.StaffCategories.AsNoTracking()
            .Where(sc => category.Contains(sc.CategoryId) && db.StaffMembers.Any(s => s.Id == sc.StaffId && s.DisabledAt == null))
            .Join(db.StaffDuty.Where(d => d.OnDuty), sc => sc.StaffId, d => d.StaffId, (sc, d) => sc.StaffId)
            .ToListAsync(cancellationToken);
        return new AssignmentPool(mode, [.. onDuty.Order(AssignmentPool.Rotation)]);
    }
}
