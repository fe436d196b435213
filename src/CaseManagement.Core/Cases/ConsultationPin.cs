using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaseManagement.Core.Cases;

/// <summary>The PIN (暗証番号) a resident chooses for an anonymous consultation: 4–8 digits, stored only as a salted
/// PBKDF2-SHA256 hash, never shown again. With so few digits the hash alone cannot resist a stolen database; the
/// lock after <see cref="MaxFailures"/> wrong tries is what stops guessing through the site.</summary>
public static class ConsultationPin
{
    public const int MinLength = 4;
    public const int MaxLength = 8;

    /// <summary>Wrong PINs in a row that lock the link.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a locked link refuses every PIN.</summary>
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);

    private const int Iterations = 100_000;
    private const string Scheme = "pbkdf2-sha256";

    public static bool IsWellFormed(string? pin) =>
        pin is { Length: >= MinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    /// <summary>All one digit (0000) or a straight run up or down (1234, 9876): the first guesses anyone tries.</summary>
    public static bool IsGuessable(string pin)
    {
        var steps = pin.Zip(pin.Skip(1), (a, b) => b - a).Distinct().ToList();
        return steps is [0] or [1] or [-1];
    }

    internal static string Hash(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    internal static bool Verify(string? pin, string stored)
    {
        var parts = stored.Split('$');
        if (pin is null || !IsWellFormed(pin) || parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
