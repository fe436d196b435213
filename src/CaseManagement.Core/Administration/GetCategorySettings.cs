using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>A category's settings for the edit page (active or not); municipal hours shown when it has none of its own.</summary>
[Authorize(Roles.Admin)]
public sealed record GetCategorySettings(string Code) : IQuery<CategorySettings>;

internal sealed class GetCategorySettingsHandler(CaseDbContext db) : IRequestHandler<GetCategorySettings, CategorySettings>
{
    public async Task<CategorySettings> Handle(GetCategorySettings request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.AsNoTracking().Include(c => c.ReceptionHours).Include(c => c.ClosedDays)
            .SingleOrDefaultAsync(c => c.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        return CategorySettingsWriter.Read(category);
    }
}
