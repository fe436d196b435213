namespace CaseManagement.Core.Notifications;

/// <summary>A notification for staff (お知らせ): to one staff member, or to everyone who works a queue. Its text is
/// rendered from <see cref="Template"/> and <see cref="Arguments"/> in the reader's language.</summary>
public sealed class StaffNotification
{
    public Guid Id { get; set; }
    public Guid? RecipientStaffId { get; set; }
    public string? RecipientQueue { get; set; }
    public required string Template { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? TaskId { get; set; }

    /// <summary>The template's arguments as a JSON object of strings.</summary>
    public required string Arguments { get; set; }

    /// <summary>The step that sent it; one step sends to each recipient once.</summary>
    public required string SourceKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
