namespace CaseManagement.Core.Residents.Line;

/// <summary>What a LINE outbox row carries: to whom (a reply token or a LINE user id), our own text, and for a push
/// the retry key LINE deduplicates by.</summary>
public sealed record LineMessage(string To, string Text, Guid? RetryKey = null);
