using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin chooses how a category hands out new consultations (see <see cref="AssignmentModes"/>).</summary>
[Authorize(Roles.Admin)]
public sealed record SetCategoryAssignment(string CategoryCode, string Mode) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "category:" + CategoryCode;
}

internal sealed class SetCategoryAssignmentHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SetCategoryAssignment, bool>
{
    public async Task<bool> Handle(SetCategoryAssignment request, CancellationToken cancellationToken)
    {
        var categoryId = await db.Categories.Where(c => c.Code == request.CategoryCode).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        var row = await db.CategoryAssignments.SingleOrDefaultAsync(a => a.CategoryId == categoryId, cancellationToken);
        if (row is null)
        {
            row = new CategoryAssignment { CategoryId = categoryId, Mode = request.Mode, UpdatedBy = actor.AuditName };
            db.CategoryAssignments.Add(row);
        }

        row.Mode = request.Mode;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = actor.AuditName;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
