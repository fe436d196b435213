using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin adds a category (消費生活, 婚活, 移住, 聴覚障がい者…) with its reception settings; no code change.</summary>
[Authorize(Roles.Admin)]
public sealed record CreateCategory(CategorySettings Settings) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "category:" + Settings.Code;
}

internal sealed class CreateCategoryHandler(CaseDbContext db, AfterCommit afterCommit) : IRequestHandler<CreateCategory, Guid>
{
    public async Task<Guid> Handle(CreateCategory request, CancellationToken cancellationToken)
    {
        var s = request.Settings;
        var category = new Category
        {
            Id = Guid.CreateVersion7(),
            Code = CategorySettingsWriter.Clean(s.Code),
            NameJa = CategorySettingsWriter.Clean(s.NameJa),
            NameEn = CategorySettingsWriter.Clean(s.NameEn),
            WorkflowProcessId = CategorySettingsWriter.Clean(s.WorkflowProcessId),
        };
        CategorySettingsWriter.Apply(category, s);
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Publish(new CategoryReceptionChanged(category.Code));
        return category.Id;
    }
}
