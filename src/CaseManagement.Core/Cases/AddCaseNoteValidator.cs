using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Cases;

/// <summary>A note says something, within its length.</summary>
public sealed class AddCaseNoteValidator : AbstractValidator<AddCaseNote>
{
    public const int MaxLength = 2000;

    public AddCaseNoteValidator() =>
        RuleFor(x => (x.Body ?? "").Trim()).NotEmpty().WithMessage(_ => Messages.Get("NoteRequired"))
            .MaximumLength(MaxLength).WithMessage(_ => Messages.Format("NoteTooLong", MaxLength))
            .OverridePropertyName(nameof(AddCaseNote.Body));
}
