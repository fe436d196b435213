using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>A new category: valid settings, a code no other category has, a workflow that is published.</summary>
public sealed class CreateCategoryValidator : AbstractValidator<CreateCategory>
{
    public CreateCategoryValidator(CaseDbContext db)
    {
        RuleFor(x => x.Settings).SetValidator(new CategorySettingsValidator());
        RuleFor(x => x.Settings.Code)
            .MustAsync(async (code, ct) => !await db.Categories.AnyAsync(c => c.Code == CategorySettingsWriter.Clean(code), ct))
            .WithMessage(_ => Messages.Get("CategoryCodeTaken"))
            .When(x => !string.IsNullOrWhiteSpace(x.Settings.Code));
        RuleFor(x => x.Settings.WorkflowProcessId)
            .MustAsync((id, ct) => CategorySettingsWriter.IsPublishedAsync(db, id, ct))
            .WithMessage(_ => Messages.Get("CategoryWorkflowNotPublished"))
            .When(x => !string.IsNullOrWhiteSpace(x.Settings.WorkflowProcessId));
    }
}
