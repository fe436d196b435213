using CaseManagement.Core.Common.Resources;
using FluentValidation;

namespace CaseManagement.Core.Administration;

/// <summary>A diagram of reasonable size and sample variables that are a JSON object (or nothing).</summary>
public sealed class StartWorkflowTrialValidator : AbstractValidator<StartWorkflowTrial>
{
    public StartWorkflowTrialValidator()
    {
        RuleFor(x => x.ProcessId).NotEmpty().WithMessage(_ => Messages.Get("WorkflowProcessIdRequired"));
        RuleFor(x => x.BpmnXml).NotEmpty().WithMessage(_ => Messages.Get("WorkflowXmlRequired"));
        RuleFor(x => x.BpmnXml.Length).LessThanOrEqualTo(WorkflowLimits.MaxXmlLength).OverridePropertyName(nameof(StartWorkflowTrial.BpmnXml))
            .WithMessage(_ => Messages.Format("WorkflowXmlTooLong", WorkflowLimits.MaxXmlLength));
        RuleFor(x => x.VariablesJson).SampleVariables();
    }
}
