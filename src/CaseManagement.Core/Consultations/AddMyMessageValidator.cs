using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Consultations;

/// <summary>A follow-up message must say something, within the length limit.</summary>
public sealed class AddMyMessageValidator : AbstractValidator<AddMyMessage>
{
    public AddMyMessageValidator() =>
        RuleFor(x => x.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Messages.Get("MessageRequired"))
            .MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("MessageTooLong"));
}
