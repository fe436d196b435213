using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Cases;

/// <summary>The secret in a resident's link: 256 random bits, base64url; only its SHA-256 is stored.</summary>
internal static class AccessToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
