using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>As <see cref="StartWorkflowTrialValidator"/>, plus the run to continue and what the action acts on.</summary>
public sealed class StepWorkflowTrialValidator : AbstractValidator<StepWorkflowTrial>
{
    public StepWorkflowTrialValidator()
    {
        RuleFor(x => x.ProcessId).NotEmpty().WithMessage(_ => Messages.Get("WorkflowProcessIdRequired"));
        RuleFor(x => x.BpmnXml).NotEmpty().WithMessage(_ => Messages.Get("WorkflowXmlRequired"));
        RuleFor(x => x.BpmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(StepWorkflowTrial.BpmnXml))
            .WithMessage(_ => Messages.Format("WorkflowXmlTooLong", WorkflowLimits.MaxXmlLength));
        RuleFor(x => x.Trial).NotEmpty().MaximumLength(WorkflowLimits.MaxXmlLength).WithMessage(_ => Messages.Get("WorkflowTrialStateUnreadable"));
        RuleFor(x => x.Action).IsInEnum().WithMessage(_ => Messages.Get("WorkflowTrialNothingWaits"));
        RuleFor(x => x.TargetId).NotEmpty().When(x => x.Action is WorkflowTrialAction.CompleteTask or WorkflowTrialAction.FireTimer)
            .WithMessage(_ => Messages.Get("WorkflowTrialNothingWaits"));
        RuleFor(x => x.MessageName).NotEmpty().When(x => x.Action == WorkflowTrialAction.SendMessage)
            .WithMessage(_ => Messages.Get("WorkflowTrialMessageRequired"));
        RuleFor(x => x.VariablesJson).SampleVariables();
    }
}
