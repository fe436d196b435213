namespace CaseManagement.Core.Common.Mail;

/// <summary>One plain-text mail as it waits in the outbox.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);
