using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>One active category by its code (児童相談 = "child").</summary>
[AllowAnyone]
public sealed record FindCategory(string Code) : IQuery<CategoryView>;

internal sealed class FindCategoryHandler(CaseDbContext db) : IRequestHandler<FindCategory, CategoryView>
{
    public async Task<CategoryView> Handle(FindCategory request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().Where(c => c.Code == request.Code && c.IsActive)
            .Select(CategoryView.From).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
}
