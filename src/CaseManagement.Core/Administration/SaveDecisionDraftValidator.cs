using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A draft names its document and holds readable XML of reasonable size: a malformed file, or one with a DTD
/// (entities, external references), is refused with the check's message and the draft stays as it was. Anything
/// else, even an incomplete table, may be saved; the check before publishing judges it.</summary>
public sealed class SaveDecisionDraftValidator : AbstractValidator<SaveDecisionDraft>
{
    public SaveDecisionDraftValidator()
    {
        RuleFor(x => x.DecisionRef).NotEmpty().WithMessage(_ => Messages.Get("DecisionRefRequired"));
        RuleFor(x => x.DmnXml).NotEmpty().WithMessage(_ => Messages.Get("DecisionXmlRequired"));
        RuleFor(x => x.DmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(SaveDecisionDraft.DmnXml))
            .WithMessage(_ => Messages.Format("DecisionXmlTooLong", WorkflowLimits.MaxXmlLength));
        RuleFor(x => x.DmnXml).Custom((xml, context) =>
        {
            if (xml.Length is > 0 and <= WorkflowLimits.MaxXmlLength && DecisionIssues.Unreadable(xml) is { } issue) context.AddFailure(issue.Message);
        });
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(0);
    }
}
