namespace CaseManagement.Core.Consultations;

/// <summary>One message of a consultation, from the resident or from staff.</summary>
public sealed class CaseMessage
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public MessageAuthor AuthorKind { get; set; }
    public Guid? AuthorStaffId { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
