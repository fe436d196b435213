namespace CaseManagement.Core.Notifications;

/// <summary>Whom a notification is for: one staff member, or everyone who sees a queue; with the task it points to.</summary>
public sealed record NotificationRecipient(Guid? StaffId, string? Queue, Guid? TaskId)
{
    public static NotificationRecipient Staff(Guid staffId, Guid? taskId) => new(staffId, null, taskId);

    public static NotificationRecipient QueueOf(string queue, Guid? taskId) => new(null, queue, taskId);
}
