namespace CaseManagement.Core.Notifications;

/// <summary>What the desk was told about a case (an escalation, a reminder), shown on the case: why and when.</summary>
public sealed record CaseNoticeView(string Template, string Text, DateTimeOffset CreatedAt);
