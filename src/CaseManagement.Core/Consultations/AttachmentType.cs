namespace CaseManagement.Core.Consultations;

/// <summary>The file types residents and staff may attach, told apart by their first bytes (magic numbers): a name
/// or a Content-Type header is whatever the sender wants it to be, the content is not.</summary>
public sealed record AttachmentType(string ContentType, string Extension, IReadOnlyList<string> Extensions)
{
    public static readonly AttachmentType Jpeg = new("image/jpeg", ".jpg", [".jpg", ".jpeg"]);
    public static readonly AttachmentType Png = new("image/png", ".png", [".png"]);
    public static readonly AttachmentType Pdf = new("application/pdf", ".pdf", [".pdf"]);

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    /// <summary>The type the content really is, or null when it is none we accept (an .exe named photo.png, a zip…).</summary>
    public static AttachmentType? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(PngMagic) ? Png
        : content.StartsWith(JpegMagic) ? Jpeg
        : content.StartsWith(PdfMagic) ? Pdf
        : null;

    public static AttachmentType? FromContentType(string contentType) =>
        new[] { Jpeg, Png, Pdf }.FirstOrDefault(t => t.ContentType == contentType);
}
