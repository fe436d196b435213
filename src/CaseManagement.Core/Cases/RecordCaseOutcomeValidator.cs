using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Cases;

/// <summary>The outcome is empty or one of its fixed choices.</summary>
public sealed class RecordCaseOutcomeValidator : AbstractValidator<RecordCaseOutcome>
{
    public RecordCaseOutcomeValidator() =>
        RuleFor(x => x.Outcome).Must(v => string.IsNullOrWhiteSpace(v) || ClosureItems.Outcomes.Contains(v.Trim()))
            .WithMessage(_ => Messages.Get("OutcomeInvalid"));
}
