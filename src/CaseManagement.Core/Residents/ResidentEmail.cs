using System.Net.Mail;

namespace CaseManagement.Core.Residents;

/// <summary>A resident's mail address as we store and compare it: trimmed and lower-cased.</summary>
public static class ResidentEmail
{
    public const int MaxLength = 254;

    public static string Normalize(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>A plain address (no display name) with a dotted domain.</summary>
    public static bool IsValid(string? email)
    {
        var e = Normalize(email);
        return e.Length is > 0 and <= MaxLength
            && MailAddress.TryCreate(e, out var parsed)
            && parsed.Address == e
            && parsed.Host.Contains('.', StringComparison.Ordinal)
            && !parsed.Host.EndsWith('.');
    }
}
