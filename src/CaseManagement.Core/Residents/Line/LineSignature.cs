using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Residents.Line;

/// <summary>X-Line-Signature: base64 of HMAC-SHA256 over the raw request body, keyed with the channel secret.</summary>
public static class LineSignature
{
    public static string Compute(ReadOnlySpan<byte> body, string channelSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body));

    /// <summary>Compared in constant time; a missing, malformed or wrong signature, or no secret, is never valid.</summary>
    public static bool IsValid(ReadOnlySpan<byte> body, string? signature, string? channelSecret)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(channelSecret))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature, given, out var length))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }
}
