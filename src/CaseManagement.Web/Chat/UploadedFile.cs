namespace CaseManagement.Web.Chat;

/// <summary>The file of an upload request as <see cref="AttachmentUploadForm"/> read it: at most one byte more than
/// the limit (enough for Core to refuse it as too large), never the whole of an oversized file.</summary>
public sealed record UploadedFile(string FileName, byte[] Content)
{
    public static readonly UploadedFile None = new("", []);
}
