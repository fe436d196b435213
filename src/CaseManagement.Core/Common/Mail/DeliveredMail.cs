namespace CaseManagement.Core.Common.Mail;

/// <summary>A mail the development mailbox holds instead of sending it.</summary>
public sealed record DeliveredMail(string IdempotencyKey, string To, string Subject, string Body, DateTimeOffset At);
