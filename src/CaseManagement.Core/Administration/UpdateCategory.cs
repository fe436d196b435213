using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>An admin changes a category's settings; its code (in links and in running workflows) stays.</summary>
[Authorize(Roles.Admin)]
public sealed record UpdateCategory(CategorySettings Settings) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "category:" + Settings.Code;
}

internal sealed class UpdateCategoryHandler(CaseDbContext db, AfterCommit afterCommit) : IRequestHandler<UpdateCategory, Guid>
{
    public async Task<Guid> Handle(UpdateCategory request, CancellationToken cancellationToken)
    {
        var s = request.Settings;
        var category = await db.Categories.Include(c => c.ReceptionHours).Include(c => c.ClosedDays)
            .SingleOrDefaultAsync(c => c.Code == s.Code, cancellationToken)
            ?? throw new NotFoundException(Messages.Get("CategoryNotFound"));
        category.NameJa = CategorySettingsWriter.Clean(s.NameJa);
        category.NameEn = CategorySettingsWriter.Clean(s.NameEn);
        category.WorkflowProcessId = CategorySettingsWriter.Clean(s.WorkflowProcessId);
        CategorySettingsWriter.Apply(category, s);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Publish(new CategoryReceptionChanged(category.Code));
        return category.Id;
    }
}
