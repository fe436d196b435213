using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A draft names its document and holds DMN of reasonable size.</summary>
public sealed class SaveDecisionDraftValidator : AbstractValidator<SaveDecisionDraft>
{
    public SaveDecisionDraftValidator()
    {
        RuleFor(x => x.DecisionRef).NotEmpty().WithMessage(_ => Messages.Get("DecisionRefRequired"));
        RuleFor(x => x.DmnXml).NotEmpty().WithMessage(_ => Messages.Get("DecisionXmlRequired"));
        RuleFor(x => x.DmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(SaveDecisionDraft.DmnXml))
            .WithMessage(_ => Messages.Format("DecisionXmlTooLong", WorkflowLimits.MaxXmlLength));
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(0);
    }
}
