using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The resident signs in with a mailed code (read in the development mailbox), uses わたしの相談, signs out.</summary>
public sealed class ResidentSignInSteps(ScenarioContext context)
{
    [Step("^住民がメールアドレスでサインインする$")]
    public async Task SignInByMail()
    {
        var page = await context.ResidentAsync();
        var email = NewEmail();
        await page.GetByTestId("nav-sign-in").ClickAsync();
        var signIn = new ResidentSignInPage(page);
        await signIn.RequestCodeAsync(email);
        await signIn.EnterCodeAsync(await CodeAsync(email));
        await Expect(new MyConsultationsPage(page).Heading).ToBeVisibleAsync();
    }

    [Step("^住民が確認コードを送ってもらい、違うコードを入力する$")]
    public async Task EnterWrongCode()
    {
        var page = await context.ResidentAsync();
        var email = NewEmail();
        var signIn = await new ResidentSignInPage(page).OpenAsync();
        await signIn.RequestCodeAsync(email);
        var code = await CodeAsync(email);
        await signIn.EnterCodeAsync(code == "000000" ? "111111" : "000000");
    }

    [Step("^住民のわたしの相談に今の相談が「(.+)」で表示される$")]
    public async Task ListedUnderMine(string status)
    {
        var mine = await new MyConsultationsPage(await context.ResidentAsync()).OpenAsync();
        await Expect(mine.Case(ScenarioContext.Require(context.CaseNumber, "受付番号"))).ToContainTextAsync(status);
    }

    [Step("^住民がサインアウトする$")]
    public async Task SignOut() => await new MyConsultationsPage(await context.ResidentAsync()).SignOutAsync();

    [Step("^住民がわたしの相談を開くとサインインを求められる$")]
    public async Task MineAsksForSignIn()
    {
        var page = await context.ResidentAsync();
        await new MyConsultationsPage(page).OpenAsync();
        await page.WaitForURLAsync("**/Resident/SignIn**");
        await Expect(page.GetByLabel("メールアドレス")).ToBeVisibleAsync();
    }

    private static string NewEmail() => $"f{Guid.NewGuid():N}"[..14] + "@example.jp";

    // The mailbox opens in a second tab of the same phone, as a person would switch to their mail app.
    private async Task<string> CodeAsync(string email)
    {
        var page = await context.ResidentAsync();
        var mailbox = await page.Context.NewPageAsync();
        try
        {
            return await new DevMailboxPage(mailbox).CodeForAsync(email);
        }
        finally
        {
            await mailbox.CloseAsync();
        }
    }
}
