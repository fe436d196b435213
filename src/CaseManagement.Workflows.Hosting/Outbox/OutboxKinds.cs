namespace CaseManagement.Workflows.Hosting.Outbox;

/// <summary>The kinds of outbox rows the engine's host commands produce.</summary>
public static class OutboxKinds
{
    public const string ScheduleTimer = "schedule-timer";
    public const string CancelTimer = "cancel-timer";
    public const string ServiceTask = "service-task";

    /// <summary>The NOTIFY channel that wakes dispatchers when a step committed new rows.</summary>
    public const string Channel = "wf_outbox";
}
