using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A draft names its process and holds a diagram of reasonable size.</summary>
public sealed class SaveWorkflowDraftValidator : AbstractValidator<SaveWorkflowDraft>
{
    public SaveWorkflowDraftValidator()
    {
        RuleFor(x => x.ProcessId).NotEmpty().WithMessage(_ => Messages.Get("WorkflowProcessIdRequired"));
        RuleFor(x => x.BpmnXml).NotEmpty().WithMessage(_ => Messages.Get("WorkflowXmlRequired"));
        RuleFor(x => x.BpmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(SaveWorkflowDraft.BpmnXml))
            .WithMessage(_ => Messages.Format("WorkflowXmlTooLong", WorkflowLimits.MaxXmlLength));
        RuleFor(x => x.Revision).GreaterThanOrEqualTo(0);
    }
}
