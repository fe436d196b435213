namespace CaseManagement.Core.Operations;

/// <summary>One app node as the clustered Quartz scheduler sees it (qrtz_scheduler_state).</summary>
public sealed record NodeStatus(string InstanceName, DateTimeOffset LastCheckin, TimeSpan CheckinInterval, bool Responding);
