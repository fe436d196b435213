namespace CaseManagement.Core.Cases;

/// <summary>A secret link's state for the browser asking; no personal data.</summary>
public sealed record LinkStatus(LinkState State, DateTimeOffset? LockedUntil);
