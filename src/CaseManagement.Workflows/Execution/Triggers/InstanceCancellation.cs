using CaseManagement.Workflows.Commands;
using CaseManagement.Workflows.Model;

namespace CaseManagement.Workflows.Execution.Triggers;

/// <summary>CancelInstance: terminates every token (each cancels its own tasks, timers and child instances) and ends
/// the instance as terminated.</summary>
internal static class InstanceCancellation
{
    public static StepResult Apply(ProcessDefinition process, InstanceState state, CancelInstance command)
    {
        var step = new StepContext(process, state, command.Now);
        var runner = new TokenRunner(step);
        // Outermost tokens first: terminating a subprocess's token takes its inner tokens with it.
        foreach (var token in step.Tokens.Where(t => t.ScopeId is null).ToList()) runner.Terminate(token.Id);
        foreach (var token in step.Tokens.ToList()) runner.Terminate(token.Id);
        step.Status = InstanceStatus.Terminated;
        step.Commands.Add(new InstanceCompleted(process.Id, Terminated: true));
        step.Record(HistoryKinds.InstanceCancelled, process.Id, "process");
        return step.ToResult();
    }
}
