using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>Something to check, of reasonable size.</summary>
public sealed class CheckWorkflowValidator : AbstractValidator<CheckWorkflow>
{
    public CheckWorkflowValidator()
    {
        RuleFor(x => x.BpmnXml).NotEmpty().WithMessage(_ => Messages.Get("WorkflowXmlRequired"));
        RuleFor(x => x.BpmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(CheckWorkflow.BpmnXml))
            .WithMessage(_ => Messages.Format("WorkflowXmlTooLong", WorkflowLimits.MaxXmlLength));
    }
}
