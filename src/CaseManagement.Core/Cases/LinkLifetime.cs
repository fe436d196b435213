namespace CaseManagement.Core.Cases;

/// <summary>How long a resident's secret link opens its case: while the case is open, and for
/// <see cref="AfterClosing"/> after it closes (time to read the last reply); then it shows only that it expired.</summary>
public static class LinkLifetime
{
    public static readonly TimeSpan AfterClosing = TimeSpan.FromDays(90);

    public static bool IsExpired(DateTimeOffset? closedAt, DateTimeOffset now) => closedAt is { } closed && now >= closed + AfterClosing;
}
