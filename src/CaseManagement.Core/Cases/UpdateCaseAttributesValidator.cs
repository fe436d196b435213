using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Cases;

/// <summary>Each attribute is empty or one of its fixed choices; the area fits its length.</summary>
public sealed class UpdateCaseAttributesValidator : AbstractValidator<UpdateCaseAttributes>
{
    public UpdateCaseAttributesValidator()
    {
        RuleFor(x => x.ConsultationType).Must(v => Allowed(v, CaseAttributes.ConsultationTypes))
            .WithMessage(_ => Messages.Get("ConsultationTypeInvalid"));
        RuleFor(x => x.ResidentGender).Must(v => Allowed(v, CaseAttributes.Genders))
            .WithMessage(_ => Messages.Get("ResidentGenderInvalid"));
        RuleFor(x => x.AgeBand).Must(v => Allowed(v, CaseAttributes.AgeBands))
            .WithMessage(_ => Messages.Get("AgeBandInvalid"));
        RuleFor(x => (x.Area ?? "").Trim()).MaximumLength(CaseAttributes.AreaMaxLength).OverridePropertyName(nameof(UpdateCaseAttributes.Area))
            .WithMessage(_ => Messages.Get("AreaTooLong"));
    }

    private static bool Allowed(string? value, IReadOnlyList<string> choices) =>
        string.IsNullOrWhiteSpace(value) || choices.Contains(value.Trim());
}
