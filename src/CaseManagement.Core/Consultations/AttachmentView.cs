namespace CaseManagement.Core.Consultations;

/// <summary>An attachment as a conversation lists it (never its bytes).</summary>
public sealed record AttachmentView(Guid Id, Guid MessageId, string FileName, string ContentType, int SizeBytes)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
