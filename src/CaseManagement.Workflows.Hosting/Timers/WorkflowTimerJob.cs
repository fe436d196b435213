using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>The Quartz job behind every workflow timer: one job and trigger per timer id, in the clustered store.</summary>
/// <remarks>Not [DisallowConcurrentExecution]: a timer id has one job, and a second run of it changes nothing
/// (FireTimerAsync locks the instance and claims only a pending timer), while a serial job makes every clustered
/// firing round take Quartz's TRIGGER_ACCESS lock; dropping it and batching acquisition doubled timer throughput
/// (docs/PERFORMANCE.md).</remarks>
public sealed class WorkflowTimerJob(IServiceScopeFactory scopes) : IJob
{
    public const string Group = "wf-timers";
    public const string TimerIdKey = "timerId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var timerId = Guid.Parse(context.MergedJobDataMap.GetString(TimerIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowTimerHandler>().FireAsync(timerId, cancellationToken);
    }

    public static JobKey KeyFor(Guid timerId) => new(timerId.ToString(), Group);
}
