using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Something to check, of reasonable size.</summary>
public sealed class CheckDecisionValidator : AbstractValidator<CheckDecision>
{
    public CheckDecisionValidator()
    {
        RuleFor(x => x.DmnXml).NotEmpty().WithMessage(_ => Messages.Get("DecisionXmlRequired"));
        RuleFor(x => x.DmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(CheckDecision.DmnXml))
            .WithMessage(_ => Messages.Format("DecisionXmlTooLong", WorkflowLimits.MaxXmlLength));
    }
}
