using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Consultations;

/// <summary>A first message must say something, within the length limit.</summary>
public sealed class StartConsultationValidator : AbstractValidator<StartConsultation>
{
    public StartConsultationValidator()
    {
        RuleFor(x => x.CategoryCode).NotEmpty().WithMessage(_ => Messages.Get("CategoryRequired"));
        RuleFor(x => x.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Messages.Get("MessageRequired"))
            .MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("MessageTooLong"));
    }
}
