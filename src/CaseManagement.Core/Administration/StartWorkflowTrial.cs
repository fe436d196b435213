using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>Starts a try-it run of a diagram as the designer holds it, with sample variables: the engine runs in
/// memory only, no case, task, timer, outbox or Quartz row is written (ADR 0021). A diagram the check before
/// publishing refuses is refused with the same messages.</summary>
[Authorize(Roles.Admin)]
public sealed record StartWorkflowTrial(string ProcessId, string BpmnXml, string? VariablesJson) : ICommand<WorkflowTrialView>, IAuditTarget
{
    public string AuditTarget => "workflow:" + ProcessId;
}

internal sealed class StartWorkflowTrialHandler(WorkflowEngine engine, TimeProvider clock) : IRequestHandler<StartWorkflowTrial, WorkflowTrialView>
{
    public Task<WorkflowTrialView> Handle(StartWorkflowTrial request, CancellationToken cancellationToken)
    {
        var process = WorkflowTrialDraft.Process(request.BpmnXml, request.ProcessId);
        var now = clock.GetUtcNow();
        var run = WorkflowTrialRun.Begin(now);
        run.Log("Action", null, Messages.Get("WorkflowTrialLog_Started"));
        run.Apply(process, engine, run.Execute(engine, process, new StartInstance(Guid.CreateVersion7(now), SampleVariables.Read(request.VariablesJson), now)));
        return Task.FromResult(run.View(process));
    }
}
