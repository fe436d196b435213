using System.Text.Json;
using CaseManagement.Workflows.Hosting.Outbox;
using Quartz;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>Puts committed timers into Quartz (or takes them out). Keyed by timer id with replace, so a repeated
/// delivery changes nothing. A batch goes into Quartz in one of its transactions: scheduling each timer in its own
/// took Quartz's TRIGGER_ACCESS lock once per timer and capped scheduling at about 160 timers/s (docs/PERFORMANCE.md).</summary>
public sealed class TimerOutboxHandler(ISchedulerFactory schedulers, string kind) : IOutboxBatchHandler
{
    public string Kind { get; } = kind;

    public Task DeliverAsync(OutboxMessage message, CancellationToken ct) => DeliverAllAsync([message], ct);

    public async Task DeliverAllAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var timers = messages.Select(m => JsonSerializer.Deserialize<TimerPayload>(m.PayloadJson)!).ToList();
        var scheduler = await schedulers.GetScheduler(ct);
        if (Kind == OutboxKinds.CancelTimer)
        {
            await scheduler.DeleteJobs(timers.Select(t => WorkflowTimerJob.KeyFor(t.TimerId)).ToList(), ct);
            return;
        }

        // A timer id has one due time, so a repeated delivery simply replaces the trigger with the same one.
        // A one-shot trigger whose time passed while no node ran fires at once (Quartz's default for it).
        await scheduler.ScheduleJobs(timers.ToDictionary(Job, t => (IReadOnlyCollection<ITrigger>)[Trigger(t)]), ScheduleJobOptions.Replacing, ct);
    }

    private static IJobDetail Job(TimerPayload timer) => JobBuilder.Create<WorkflowTimerJob>()
        .WithIdentity(WorkflowTimerJob.KeyFor(timer.TimerId))
        .UsingJobData(WorkflowTimerJob.TimerIdKey, timer.TimerId.ToString())
        .WithDescription($"{timer.InstanceId}/{timer.ElementId}")
        // A node that dies while the job runs leaves a fired trigger; only a job that requests recovery is run
        // again by a peer (or the restarted node), otherwise Quartz deletes it and the timer never fires.
        .RequestRecovery()
        .Build();

    private static ITrigger Trigger(TimerPayload timer) => TriggerBuilder.Create()
        .WithIdentity(timer.TimerId.ToString(), WorkflowTimerJob.Group)
        .ForJob(WorkflowTimerJob.KeyFor(timer.TimerId))
        .StartAt(timer.DueAt!.Value)
        .Build();
}
