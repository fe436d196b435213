namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>What happens when a workflow timer's Quartz trigger fires. The application replaces the default to run
/// the step through its own pipeline (audit, follow-up of the case); a repeated firing must change nothing.</summary>
public interface IWorkflowTimerHandler
{
    Task FireAsync(Guid timerId, CancellationToken ct);
}
