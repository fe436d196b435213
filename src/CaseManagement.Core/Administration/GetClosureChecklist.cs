using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>The items a category requires before one of its cases closes, in checklist order.</summary>
[Authorize(Roles.Admin, Roles.Counselor, Roles.Supervisor)]
public sealed record GetClosureChecklist(string CategoryCode) : IQuery<IReadOnlyList<string>>;

internal sealed class GetClosureChecklistHandler(CaseDbContext db) : IRequestHandler<GetClosureChecklist, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(GetClosureChecklist request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().Where(c => c.Code == request.CategoryCode).Select(c => (Guid?)c.Id)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        var items = await db.CategoryClosureItems.AsNoTracking().Where(i => i.CategoryId == category).Select(i => i.Item).ToListAsync(cancellationToken);
        return ClosureItems.All.Where(items.Contains).ToList();
    }
}
