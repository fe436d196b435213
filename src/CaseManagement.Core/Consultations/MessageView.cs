namespace CaseManagement.Core.Consultations;

/// <summary>One message as a page shows it. Residents never see staff names; staff do.</summary>
public sealed record MessageView(Guid Id, MessageAuthor Author, string? StaffName, string Body, DateTimeOffset SentAt);
