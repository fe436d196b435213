using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>Staff sign-in.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync((string UserName, string Password) account)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("ユーザー名").FillAsync(account.UserName);
        await page.GetByLabel("パスワード").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインイン" }).ClickAsync();
        // Each role lands on its own area (Desk, Admin, Audit); a refused sign-in stays here and times out.
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
