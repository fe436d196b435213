using System.Text.Json;
using CaseManagement.Workflows.Hosting.Outbox;
using Quartz;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>Puts committed timers into Quartz (or takes them out): one trigger per timer, keyed by timer id, on the
/// one durable <see cref="WorkflowTimerJob"/>, with replace, so a repeated delivery changes nothing. A batch goes
/// into Quartz in one of its transactions (ADR 0017).</summary>
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
            // A timer scheduled before ADR 0017 has a job of its own; Quartz deletes it with its last trigger.
            await scheduler.UnscheduleJobs(timers.Select(t => WorkflowTimerJob.TriggerKeyFor(t.TimerId)).ToList(), ct);
            return;
        }

        // A timer id has one due time, so a repeated delivery simply replaces the trigger with the same one.
        // A one-shot trigger whose time passed while no node ran fires at once (Quartz's default for it).
        await scheduler.ScheduleJobs(
            new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [WorkflowTimerJob.Detail] = timers.Select(Trigger).ToList() },
            ScheduleJobOptions.Replacing, ct);
    }

    private static ITrigger Trigger(TimerPayload timer) => TriggerBuilder.Create()
        .WithIdentity(WorkflowTimerJob.TriggerKeyFor(timer.TimerId))
        .ForJob(WorkflowTimerJob.Key)
        .UsingJobData(WorkflowTimerJob.TimerIdKey, timer.TimerId.ToString())
        .WithDescription($"{timer.InstanceId}/{timer.ElementId}")
        .StartAt(timer.DueAt!.Value)
        .Build();
}
