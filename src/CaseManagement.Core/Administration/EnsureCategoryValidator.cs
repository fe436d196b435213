using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A category needs a code usable in URLs, both names and a workflow.</summary>
public sealed class EnsureCategoryValidator : AbstractValidator<EnsureCategory>
{
    public EnsureCategoryValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(40).Matches("^[a-z0-9-]+$");
        RuleFor(x => x.NameJa).NotEmpty().MaximumLength(100);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(100);
        RuleFor(x => x.WorkflowProcessId).NotEmpty();
    }
}
