namespace CaseManagement.Core.Consultations;

/// <summary>A file (JPEG, PNG or PDF) attached to one message of a consultation.</summary>
public sealed class CaseAttachment
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid MessageId { get; set; }
    public required string FileName { get; set; }

    /// <summary>Decided from the content's magic bytes, never from the name or what the browser claimed.</summary>
    public required string ContentType { get; set; }

    public int SizeBytes { get; set; }
    public required byte[] Sha256 { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
