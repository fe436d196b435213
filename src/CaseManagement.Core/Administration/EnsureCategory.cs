using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>Creates a category or updates the one with the same code (used by seeding and later by admins).</summary>
[Authorize(Roles.Admin)]
public sealed record EnsureCategory(
    string Code, string NameJa, string NameEn, string DescriptionJa, string DescriptionEn, string WorkflowProcessId, int SortOrder)
    : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "category:" + Code;
}

internal sealed class EnsureCategoryHandler(CaseDbContext db) : IRequestHandler<EnsureCategory, Guid>
{
    public async Task<Guid> Handle(EnsureCategory request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Code == request.Code, cancellationToken);
        if (category is null)
        {
            category = new Category
            {
                Id = Guid.CreateVersion7(),
                Code = request.Code,
                NameJa = request.NameJa,
                NameEn = request.NameEn,
                WorkflowProcessId = request.WorkflowProcessId,
            };
            db.Categories.Add(category);
        }

        category.NameJa = request.NameJa;
        category.NameEn = request.NameEn;
        category.DescriptionJa = request.DescriptionJa;
        category.DescriptionEn = request.DescriptionEn;
        category.WorkflowProcessId = request.WorkflowProcessId;
        category.SortOrder = request.SortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }
}
