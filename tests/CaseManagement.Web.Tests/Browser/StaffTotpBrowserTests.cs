using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Tests.Account;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>With TOTP required, a supervisor in Chromium is sent to enrol after the password, scans (here: reads) the
/// key, confirms, keeps the recovery codes and works; next time the code step follows the password.</summary>
public sealed class StaffTotpBrowserTests(RequireStaffTotpApp app, Chromium chromium) : IClassFixture<RequireStaffTotpApp>
{
    [Fact]
    public async Task A_supervisor_enrols_at_first_sign_in_and_then_signs_in_with_a_code()
    {
        string key;
        await using (var first = await chromium.DesktopAsync(app.BaseAddress))
        {
            var page = await first.NewPageAsync();
            await new LoginPage(page).SignInAsync(DemoAccounts.Supervisor);
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Authenticator$"));
            var totp = new StaffTotpPage(page);
            await Expect(totp.Qr).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "staff-totp-enrolment");

            var enrolled = await totp.EnrolAsync();

            Assert.Equal(10, enrolled.RecoveryCodes.Count);
            key = enrolled.Key;
            await totp.ContinueAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Desk$"));
        }

        await using var second = await chromium.DesktopAsync(app.BaseAddress);
        var again = await second.NewPageAsync();
        await new LoginPage(again).SignInAsync(DemoAccounts.Supervisor);
        await Expect(again).ToHaveURLAsync(new Regex("/Account/TwoFactor$"));
        var step = new StaffTotpPage(again);
        await step.EnterCodeAsync(Rfc6238.WrongCode(key, DateTimeOffset.UtcNow));
        await Expect(step.Error).ToContainTextAsync("コードが正しくありません。");

        await step.EnterCodeAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow));

        await Expect(again).ToHaveURLAsync(new Regex("/Desk$"));
    }
}
