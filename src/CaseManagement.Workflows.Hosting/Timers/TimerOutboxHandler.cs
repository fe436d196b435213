using System.Text.Json;
using CaseManagement.Workflows.Hosting.Outbox;
using Quartz;

namespace CaseManagement.Workflows.Hosting.Timers;

/// <summary>Puts a committed timer into Quartz (or takes it out). Keyed by timer id with replace, so a repeated
/// delivery changes nothing.</summary>
public sealed class TimerOutboxHandler(ISchedulerFactory schedulers, string kind) : IOutboxHandler
{
    public string Kind { get; } = kind;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var timer = JsonSerializer.Deserialize<TimerPayload>(message.PayloadJson)!;
        var scheduler = await schedulers.GetScheduler(ct);
        var key = WorkflowTimerJob.KeyFor(timer.TimerId);
        if (Kind == OutboxKinds.CancelTimer)
        {
            await scheduler.DeleteJob(key, ct);
            return;
        }

        var job = JobBuilder.Create<WorkflowTimerJob>()
            .WithIdentity(key)
            .UsingJobData(WorkflowTimerJob.TimerIdKey, timer.TimerId.ToString())
            .WithDescription($"{timer.InstanceId}/{timer.ElementId}")
            // A node that dies while the job runs leaves a fired trigger; only a job that requests recovery is run
            // again by a peer (or the restarted node), otherwise Quartz deletes it and the timer never fires.
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(timer.TimerId.ToString(), WorkflowTimerJob.Group)
            .ForJob(key)
            .StartAt(timer.DueAt!.Value)
            .Build();
        // A timer id has one due time, so a repeated delivery simply replaces the trigger with the same one.
        // A one-shot trigger whose time passed while no node ran fires at once (Quartz's default for it).
        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, ct);
    }
}
