using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Consultations;

/// <summary>A reply must say something, within the length limit.</summary>
public sealed class ReplyToResidentValidator : AbstractValidator<ReplyToResident>
{
    public ReplyToResidentValidator() =>
        RuleFor(x => x.Body).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Messages.Get("ReplyRequired"))
            .MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("ReplyTooLong"));
}
