using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Consultations;

/// <summary>A message to the resident must say something, within the length limit.</summary>
public sealed class ContactResidentValidator : AbstractValidator<ContactResident>
{
    public ContactResidentValidator() =>
        RuleFor(x => x.Body).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Messages.Get("ReplyRequired"))
            .MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("ReplyTooLong"));
}
