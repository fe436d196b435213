using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Only the known checklist items may be required.</summary>
public sealed class SetClosureChecklistValidator : AbstractValidator<SetClosureChecklist>
{
    public SetClosureChecklistValidator() =>
        RuleForEach(x => x.Items).Must(i => ClosureItems.All.Contains(i.Trim()))
            .WithMessage(_ => Messages.Get("ClosureItemUnknown"));
}
