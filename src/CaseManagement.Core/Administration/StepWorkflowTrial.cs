using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Execution;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>The admin's next action in a try-it run (<see cref="Trial"/> is the state the last answer gave): complete
/// a task with variables, fire a timer (the test clock advances to its due time, タイマーを進める) or send a message.
/// In memory only, as <see cref="StartWorkflowTrial"/>.</summary>
[Authorize(Roles.Admin)]
public sealed record StepWorkflowTrial(
    string ProcessId, string BpmnXml, string Trial, WorkflowTrialAction Action, Guid? TargetId = null, string? MessageName = null,
    string? VariablesJson = null) : ICommand<WorkflowTrialView>, IAuditTarget
{
    public string AuditTarget => "workflow:" + ProcessId;
}

internal sealed class StepWorkflowTrialHandler(WorkflowEngine engine) : IRequestHandler<StepWorkflowTrial, WorkflowTrialView>
{
    public Task<WorkflowTrialView> Handle(StepWorkflowTrial request, CancellationToken cancellationToken)
    {
        var process = WorkflowTrialDraft.Process(request.BpmnXml, request.ProcessId);
        var run = WorkflowTrialRun.Resume(request.Trial);
        var state = run.State!;
        if (state.Status != InstanceStatus.Active) throw new ConflictException(Messages.Get("WorkflowTrialEnded"));
        var variables = SampleVariables.Read(request.VariablesJson);
        EngineCommand command;
        switch (request.Action)
        {
            case WorkflowTrialAction.CompleteTask:
                var task = Waiting(state, SubscriptionKind.UserTask, s => s.Id == request.TargetId);
                run.NextStep(run.Clock, Messages.Format("WorkflowTrialLog_CompleteAction", NameOf(process, task.ElementId)));
                command = new CompleteUserTask(task.Id, variables, run.Clock);
                break;
            case WorkflowTrialAction.FireTimer:
                var timer = Waiting(state, SubscriptionKind.Timer, s => s.Id == request.TargetId);
                // The test clock only moves forward: a timer already due fires now.
                var at = timer.DueAt is { } due && due > run.Clock ? due : run.Clock;
                run.NextStep(at, Messages.Format("WorkflowTrialLog_AdvanceAction", NameOf(process, timer.ElementId)));
                command = new FireTimer(timer.Id, at);
                break;
            default:
                var message = Waiting(state, SubscriptionKind.Message, s => s.MessageName == request.MessageName);
                run.NextStep(run.Clock, Messages.Format("WorkflowTrialLog_MessageAction", message.MessageName));
                command = new CorrelateMessage(message.MessageName!, variables, run.Clock);
                break;
        }

        run.Apply(process, engine, run.Execute(engine, process, command));
        return Task.FromResult(run.View(process));
    }

    private static Subscription Waiting(InstanceState state, SubscriptionKind kind, Func<Subscription, bool> match) =>
        state.Subscriptions.FirstOrDefault(s => s.Kind == kind && match(s))
        ?? throw new NotFoundException(Messages.Get("WorkflowTrialNothingWaits"));

    private static string NameOf(Workflows.Model.ProcessDefinition process, string elementId) =>
        process.FindNode(elementId)?.Name is { Length: > 0 } name ? name : elementId;
}
