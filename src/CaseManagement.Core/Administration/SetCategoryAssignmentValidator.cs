using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>The mode is one of the three known ones.</summary>
public sealed class SetCategoryAssignmentValidator : AbstractValidator<SetCategoryAssignment>
{
    public SetCategoryAssignmentValidator()
    {
        RuleFor(x => x.CategoryCode).NotEmpty().WithMessage(_ => Messages.Get("CategoryRequired"));
        RuleFor(x => x.Mode).Must(m => AssignmentModes.All.Contains(m)).WithMessage(_ => Messages.Get("AssignmentModeInvalid"));
    }
}
