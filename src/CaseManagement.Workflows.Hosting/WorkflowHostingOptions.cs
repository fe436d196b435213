namespace CaseManagement.Workflows.Hosting;

/// <summary>Settings of the background parts: outbox dispatch and Quartz timers.</summary>
public sealed class WorkflowHostingOptions
{
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>How often a clustered Quartz node checks in (and notices a dead peer's triggers).</summary>
    public TimeSpan QuartzCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many timers a node fires at once (Quartz's thread pool; also its largest acquisition batch).</summary>
    public int QuartzConcurrency { get; set; } = 10;
}
