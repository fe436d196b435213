using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>The Quartz job behind every workflow timer: one durable job, one trigger per timer id (carrying the id)
/// in the clustered store.</summary>
/// <remarks>Not [DisallowConcurrentExecution]: a second run of a timer changes nothing (FireTimerAsync locks the
/// instance and claims only a pending timer), while a serial job makes every clustered firing round take Quartz's
/// TRIGGER_ACCESS lock. Durable and shared, because Quartz completes a firing of a non-durable job under that lock
/// (it deletes the job with its last trigger): with a job per timer, every firing queued on it (ADR 0017).</remarks>
public sealed class WorkflowTimerJob(IServiceScopeFactory scopes) : IJob
{
    public const string Group = "wf-timers";
    public const string TimerIdKey = "timerId";

    public static readonly JobKey Key = new("workflow-timer", Group);

    /// <summary>The job as it is stored. A node that dies while it runs leaves a fired trigger; only a job that
    /// requests recovery is run again by a peer (or the restarted node), otherwise the timer would never fire.</summary>
    public static IJobDetail Detail { get; } = JobBuilder.Create<WorkflowTimerJob>()
        .WithIdentity(Key)
        .WithDescription("Fires workflow timers (one trigger per timer id)")
        .StoreDurably()
        .RequestRecovery()
        .Build();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var timerId = Guid.Parse(context.MergedJobDataMap.GetString(TimerIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IWorkflowTimerHandler>().FireAsync(timerId, cancellationToken);
    }

    public static TriggerKey TriggerKeyFor(Guid timerId) => new(timerId.ToString(), Group);
}
