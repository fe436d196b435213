namespace CaseManagement.Core.Notifications;

/// <summary>A staff member has read a notification (a queue's notification is read per person).</summary>
public sealed class StaffNotificationRead
{
    public Guid NotificationId { get; set; }
    public Guid StaffId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
