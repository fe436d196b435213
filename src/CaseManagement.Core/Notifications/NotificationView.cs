namespace CaseManagement.Core.Notifications;

/// <summary>A notification in the staff member's list: its text in their language, where it leads, read or not.</summary>
public sealed record NotificationView(Guid Id, string Template, string Text, Guid? CaseId, Guid? TaskId, DateTimeOffset CreatedAt, bool IsRead);
