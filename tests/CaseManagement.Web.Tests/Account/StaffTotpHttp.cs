using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Account;

/// <summary>Enrolling an authenticator and signing in with a code over HTTP, the codes computed by <see cref="Rfc6238"/>.</summary>
internal static partial class StaffTotpHttp
{
    /// <summary>Opens the enrolment page (signed in, or half-way after the password) and reads the key it shows.</summary>
    public static async Task<string> EnrolmentKeyAsync(this HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/Account/Authenticator", UriKind.Relative));
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        return Key().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    public static Task<HttpResponseMessage> ConfirmEnrolmentAsync(this HttpClient client, string code) =>
        client.PostFormAsync("/Account/Authenticator", new Dictionary<string, string> { ["Code"] = code });

    /// <summary>Enrols with a right code and returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(this HttpClient client)
    {
        var key = await client.EnrolmentKeyAsync();
        var response = await client.ConfirmEnrolmentAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = RecoveryCode().Matches(await response.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    public static Task<HttpResponseMessage> SubmitCodeAsync(this HttpClient client, string code) =>
        client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Code"] = code });

    public static Task<HttpResponseMessage> SubmitRecoveryCodeAsync(this HttpClient client, string code) =>
        client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["RecoveryCode"] = code });

    [GeneratedRegex("data-testid=\"totp-key\">([a-z0-9 ]+)<")]
    private static partial Regex Key();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
