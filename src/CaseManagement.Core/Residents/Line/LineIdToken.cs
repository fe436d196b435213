using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseManagement.Core.Residents.Line;

/// <summary>LINE Login's ID token: a JWT signed HS256 with the channel secret. Valid only with that signature, issuer
/// https://access.line.me, our channel id as audience, not expired, and the nonce we sent.</summary>
public static class LineIdToken
{
    public const string Issuer = "https://access.line.me";
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);

    /// <summary>The LINE user id (sub) and display name, or null when anything does not hold.</summary>
    public static (string UserId, string? Name)? Validate(string? token, string channelId, string channelSecret, string expectedNonce, DateTimeOffset now)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || string.IsNullOrEmpty(expectedNonce))
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.GetString() != "HS256")
            {
                return null;
            }

            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url(parts[2])))
            {
                return null;
            }

            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            var p = payload.RootElement;
            var valid = Text(p, "iss") == Issuer
                && Audience(p).Contains(channelId)
                && p.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var e) && DateTimeOffset.FromUnixTimeSeconds(e) > now - Skew
                && Equal(Text(p, "nonce"), expectedNonce)
                && !string.IsNullOrEmpty(Text(p, "sub"));
            return valid ? (Text(p, "sub")!, Text(p, "name")) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Signs a token as LINE does (for the fake LINE server of the tests).</summary>
    public static string Sign(IReadOnlyDictionary<string, object?> claims, string channelSecret)
    {
        var head = ToBase64Url(JsonSerializer.SerializeToUtf8Bytes(new { typ = "JWT", alg = "HS256" }));
        var body = ToBase64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), Encoding.ASCII.GetBytes(head + "." + body));
        return head + "." + body + "." + ToBase64Url(signature);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string?> Audience(JsonElement e) =>
        !e.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.Array ? aud.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null).ToList()
        : [aud.ValueKind == JsonValueKind.String ? aud.GetString() : null];

    private static bool Equal(string? a, string b) =>
        a is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static byte[] Base64Url(string s)
    {
        var b = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(b.PadRight(b.Length + ((4 - (b.Length % 4)) % 4), '='));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
