using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Residents.SignIn;

/// <summary>The rules of e-mailed one-time codes: six digits, ten minutes, five wrong tries, and how often an
/// address or an IP address may ask and guess.</summary>
internal static class SignInCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxWrongAttempts = 5;

    public const int MaxCodesPerAddress = 3;
    public static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(15);

    public const int MaxCodesPerIp = 10;
    public const int MaxFailuresPerIp = 20;
    public static readonly TimeSpan IpWindow = TimeSpan.FromHours(1);

    /// <summary>How long finished codes and counted failures are kept before a later request deletes them.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Keyed by the row's id, so equal codes of two rows differ in the table.</summary>
    public static byte[] Hash(Guid id, string code) => HMACSHA256.HashData(id.ToByteArray(), Encoding.ASCII.GetBytes(code));

    /// <summary>What people type: full-width digits (１２３４５６ from a Japanese keyboard) and spaces are accepted.</summary>
    public static string Normalize(string? code) =>
        string.Concat((code ?? "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-'));

    public static bool LooksValid(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
