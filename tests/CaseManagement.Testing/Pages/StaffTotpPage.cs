using CaseManagement.Testing.Web;
using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>Staff two-factor pages: enrolling an authenticator (/Account/Authenticator) and the code step after the
/// password (/Account/TwoFactor). Codes are computed with <see cref="Rfc6238"/>, as a phone would.</summary>
public sealed class StaffTotpPage(IPage page)
{
    public ILocator Qr => page.GetByTestId("totp-qr").Locator("svg");

    public ILocator Error => page.Locator(".cm-error");

    public async Task OpenEnrolmentAsync()
    {
        if (!page.Url.Contains("/Account/Authenticator", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Account/Authenticator");
        }
    }

    /// <summary>Reads the key shown beside the QR code, confirms with a code and returns the key and recovery codes.</summary>
    public async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync()
    {
        await OpenEnrolmentAsync();
        var key = (await page.GetByTestId("totp-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("6桁のコード").FillAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "確認して設定する" }).ClickAsync();
        var codes = await page.GetByTestId("recovery-codes").Locator("code").AllInnerTextsAsync();
        return (key, codes);
    }

    public async Task ContinueAsync()
    {
        await page.GetByTestId("totp-continue").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
    }

    /// <summary>On the code step: types the code and signs in.</summary>
    public async Task EnterCodeAsync(string code)
    {
        await page.GetByLabel("6桁のコード").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
    }
}
