using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Changed settings: valid, and a workflow that is published.</summary>
public sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategory>
{
    public UpdateCategoryValidator(CaseDbContext db)
    {
        RuleFor(x => x.Settings).SetValidator(new CategorySettingsValidator());
        RuleFor(x => x.Settings.WorkflowProcessId)
            .MustAsync((id, ct) => CategorySettingsWriter.IsPublishedAsync(db, id, ct))
            .WithMessage(_ => Messages.Get("CategoryWorkflowNotPublished"))
            .When(x => !string.IsNullOrWhiteSpace(x.Settings.WorkflowProcessId));
    }
}
