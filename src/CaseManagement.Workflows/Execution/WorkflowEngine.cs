using CaseManagement.Workflows.Calendar;
using CaseManagement.Workflows.Dmn;
using CaseManagement.Workflows.Execution.Triggers;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>The pure interpreter: state + command in, new state + host commands + history out. No I/O.</summary>
public sealed class WorkflowEngine
{
    private readonly IBusinessCalendarProvider _calendars;
    private readonly IDecisionProvider? _decisions;

    /// <summary>An engine whose cm:businessDuration timers count on <see cref="BusinessCalendar.Municipal"/>.</summary>
    public WorkflowEngine()
        : this(BusinessCalendar.Municipal)
    {
    }

    /// <summary>An engine whose cm:businessDuration timers count on the calendar the host chooses per instance
    /// (a <see cref="BusinessCalendar"/> is itself a provider of one calendar for all).</summary>
    /// <param name="decisions">The host's DMN documents, needed only by processes with a business rule task.</param>
    public WorkflowEngine(IBusinessCalendarProvider calendars, IDecisionProvider? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        _calendars = calendars;
        _decisions = decisions;
    }

    /// <summary>An engine whose business rule tasks evaluate the host's DMN documents, timers on the municipal calendar.</summary>
    public WorkflowEngine(IDecisionProvider decisions)
        : this(BusinessCalendar.Municipal, decisions)
    {
    }

    /// <summary>Starts an instance and advances it until every token waits or ends.</summary>
    /// <exception cref="WorkflowExecutionException">an expression failed, no outgoing flow matched, …</exception>
    public StepResult Start(ProcessDefinition process, StartInstance command)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(command);
        return InstanceStarter.Start(process, command, _calendars, _decisions);
    }

    /// <summary>Applies one command to a running instance.</summary>
    /// <exception cref="WorkflowExecutionException">unknown task/timer, instance not active, expression failed…</exception>
    public StepResult Execute(ProcessDefinition process, InstanceState state, EngineCommand command)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (state.ProcessId != process.Id)
        {
            throw new WorkflowExecutionException(null, $"Expected process '{state.ProcessId}' for instance {state.InstanceId} but got '{process.Id}'");
        }
        // A timer may fire after its instance ended (the host removed the trigger too late): that is not an error.
        // So may a child's end or a cancellation arrive after the instance ended another way.
        if (command is FireTimer or CompleteCallActivity or CancelInstance && state.Status != InstanceStatus.Active) return new StepResult(state, [], []);
        if (state.Status != InstanceStatus.Active)
        {
            throw new WorkflowExecutionException(null, $"Instance {state.InstanceId} is {state.Status}, not Active");
        }
        return command switch
        {
            CompleteUserTask complete => TaskCompletion.Apply(process, state, complete, _calendars, _decisions),
            FireTimer fire => TimerFiring.Apply(process, state, fire, _calendars, _decisions),
            CorrelateMessage message => MessageCorrelation.Apply(process, state, message, _calendars, _decisions),
            CompleteCallActivity child => CallActivityCompletion.Apply(process, state, child, _calendars, _decisions),
            CancelInstance cancel => InstanceCancellation.Apply(process, state, cancel),
            StartInstance => throw new WorkflowExecutionException(null, "Expected a command for a running instance but got StartInstance: use Start"),
            _ => throw new WorkflowExecutionException(null, $"Expected a known engine command but got {command.GetType().Name}"),
        };
    }
}
