using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin decides which items a category's cases must have recorded before they close; the list replaces
/// the previous one (empty: nothing is required).</summary>
[Authorize(Roles.Admin)]
public sealed record SetClosureChecklist(string CategoryCode, IReadOnlyList<string> Items) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "category:" + CategoryCode;
}

internal sealed class SetClosureChecklistHandler(CaseDbContext db) : IRequestHandler<SetClosureChecklist, bool>
{
    public async Task<bool> Handle(SetClosureChecklist request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.Where(c => c.Code == request.CategoryCode).Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        var wanted = request.Items.Select(i => i.Trim()).Distinct().ToList();
        var current = await db.CategoryClosureItems.Where(i => i.CategoryId == category).ToListAsync(cancellationToken);
        db.CategoryClosureItems.RemoveRange(current.Where(i => !wanted.Contains(i.Item)));
        db.CategoryClosureItems.AddRange(wanted.Where(w => current.All(i => i.Item != w))
            .Select(w => new CategoryClosureItem { CategoryId = category, Item = w }));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
