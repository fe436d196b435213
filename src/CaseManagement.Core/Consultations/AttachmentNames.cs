using System.Text;

namespace CaseManagement.Core.Consultations;

/// <summary>The name an attachment is stored and downloaded under: the sender's file name without any folder or
/// control characters, at most 120 characters, ending in an extension that matches the sniffed type.</summary>
internal static class AttachmentNames
{
    private const int MaxLength = 120;

    public static string Clean(string? raw, AttachmentType type)
    {
        var name = (raw ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Normalize(NormalizationForm.FormC).Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim().Trim('.');
        var extension = Path.GetExtension(name);
        if (!type.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            name += type.Extension;
            extension = type.Extension;
        }

        var stem = name[..^extension.Length];
        if (stem.Length == 0)
        {
            stem = "attachment";
        }

        return (stem.Length + extension.Length > MaxLength ? stem[..(MaxLength - extension.Length)] : stem) + extension;
    }
}
