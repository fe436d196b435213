using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Cases;

/// <summary>Proof that this browser entered the right PIN for this link a short while ago, kept in a session cookie:
/// "expiry.HMAC(key, token|expiry)" where the key derives from the case's stored PIN hash — a secret that never
/// leaves the server and changes if the PIN does. No table, valid on every node.</summary>
internal static class AccessGrant
{
    /// <summary>How long a PIN entry lasts before the PIN is asked again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string Issue(string pinHash, string token, DateTimeOffset now)
    {
        var expires = (now + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return expires + "." + Convert.ToBase64String(Mac(pinHash, token, expires)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool IsValid(string pinHash, string token, string? grant, DateTimeOffset now)
    {
        var dot = grant?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (grant is null || dot <= 0
            || !long.TryParse(grant.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || DateTimeOffset.FromUnixTimeSeconds(expires) <= now)
        {
            return false;
        }

        var expected = Convert.ToBase64String(Mac(pinHash, token, grant[..dot])).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(grant[(dot + 1)..]));
    }

    private static byte[] Mac(string pinHash, string token, string expires) =>
        HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes("grant|" + pinHash)), Encoding.ASCII.GetBytes(token + "|" + expires));
}
