using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>Resident sign-in: the address for a one-time code, then the code (or LINE).</summary>
public sealed class ResidentSignInPage(IPage page)
{
    public async Task<ResidentSignInPage> OpenAsync()
    {
        await page.GotoAsync("/Resident/SignIn");
        return this;
    }

    /// <summary>Types the address and asks for a code; waits for the code page.</summary>
    public async Task RequestCodeAsync(string email)
    {
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "確認コードを送る" }).ClickAsync();
        await page.WaitForURLAsync("**/Resident/SignInCode**");
    }

    /// <summary>Types the code and signs in; the page then shows わたしの相談 (or where the resident came from).</summary>
    public async Task EnterCodeAsync(string code)
    {
        await page.GetByLabel("確認コード（6桁）").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "サインインする" }).ClickAsync();
    }

    public Task SignInWithLineAsync() => page.GetByTestId("line-sign-in").ClickAsync();

    public ILocator Errors => page.Locator(".cm-error");
}
