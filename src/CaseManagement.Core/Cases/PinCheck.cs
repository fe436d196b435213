namespace CaseManagement.Core.Cases;

/// <summary>The answer to a PIN entry: the grant for this browser when accepted, the tries left when wrong, until
/// when the link is locked when locked.</summary>
public sealed record PinCheck(PinOutcome Outcome, string? Grant, int AttemptsLeft, DateTimeOffset? LockedUntil);
