using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution;

/// <summary>The pure interpreter: state + command in, new state + host commands + history out. No I/O.</summary>
public sealed class WorkflowEngine
{
    /// <summary>Starts an instance and advances it until every token waits or ends.</summary>
    /// <exception cref="WorkflowExecutionException">an expression failed, no outgoing flow matched, …</exception>
    public StepResult Start(ProcessDefinition process, StartInstance command) => throw new NotImplementedException();

    /// <summary>Applies one command to a running instance.</summary>
    /// <exception cref="WorkflowExecutionException">unknown task/timer, instance not active, expression failed…</exception>
    public StepResult Execute(ProcessDefinition process, InstanceState state, EngineCommand command) => throw new NotImplementedException();
}
