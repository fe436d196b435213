using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CaseManagement.Web.Chat;

/// <summary>Reads a multipart upload as it streams in: the small fields (antiforgery token, comment), and one file
/// up to the limit plus one byte. Past the limit it stops reading: the file is refused by its size without ever
/// being held whole, in memory or on disk.</summary>
internal static class AttachmentUploadForm
{
    private const int MaxFieldBytes = 64 * 1024;

    public static async Task<(Dictionary<string, StringValues> Fields, UploadedFile File)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new InvalidDataException("multipart without a boundary");
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var file = UploadedFile.None;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition()
                && !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (!disposition.IsFileDisposition())
            {
                fields[name] = await ReadFieldAsync(section.Body, ct);
                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
            if (file.Content.Length > 0 || fileName.Length == 0)
            {
                continue; // one file per message; an empty file input sends a nameless, empty part
            }

            file = new UploadedFile(fileName, await ReadUpToAsync(section.Body, maxBytes + 1, ct));
            if (file.Content.Length > maxBytes)
            {
                break; // over the limit: the rest is not read
            }
        }

        return (fields, file);
    }

    private static async Task<byte[]> ReadUpToAsync(Stream body, long limit, CancellationToken ct)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (kept.Length < limit && (read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - kept.Length)), ct)) > 0)
        {
            await kept.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return kept.ToArray();
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var bytes = await ReadUpToAsync(body, MaxFieldBytes + 1, ct);
        return bytes.Length > MaxFieldBytes
            ? throw new InvalidDataException("form field too long")
            : Encoding.UTF8.GetString(bytes);
    }
}
