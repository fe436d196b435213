using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Consultations;

/// <summary>A first message must say something, within the length limit; the PIN must be 4–8 digits, not an obvious
/// one, and typed the same twice.</summary>
public sealed class StartConsultationValidator : AbstractValidator<StartConsultation>
{
    public StartConsultationValidator()
    {
        RuleFor(x => x.CategoryCode).NotEmpty().WithMessage(_ => Messages.Get("CategoryRequired"));
        RuleFor(x => x.Message).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => Messages.Get("MessageRequired"))
            .MaximumLength(MessageRules.MaxLength).WithMessage(_ => Messages.Get("MessageTooLong"));
        RuleFor(x => x.Pin).Must(ConsultationPin.IsWellFormed).WithMessage(_ => Messages.Get("PinInvalid"));
        RuleFor(x => x.Pin).Must(p => !ConsultationPin.IsGuessable(p!)).WithMessage(_ => Messages.Get("PinGuessable"))
            .When(x => ConsultationPin.IsWellFormed(x.Pin));
        RuleFor(x => x.PinConfirmation).Equal(x => x.Pin).WithMessage(_ => Messages.Get("PinMismatch"))
            .When(x => x.PinConfirmation is not null && ConsultationPin.IsWellFormed(x.Pin));
    }
}
