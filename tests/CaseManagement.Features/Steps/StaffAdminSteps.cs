using System.Text.RegularExpressions;
using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The admin managing staff accounts, and a new member signing in (with an authenticator) at the counselor's
/// desktop.</summary>
public sealed class StaffAdminSteps(ScenarioContext context)
{
    private const string InitialPassword = "Initial#2026pw";
    private string password = InitialPassword;
    private string? totpKey;

    private async Task<AdminStaffPage> StaffPageAsync() => new(await context.AdminAsync());

    [Step("^管理者が職員「(.+)」（ユーザー名「(.+)」）を(.+)として担当分野「(.+)」で追加する$")]
    public async Task Create(string displayName, string userName, string role, string category) =>
        await (await StaffPageAsync()).CreateAsync(displayName, userName, InitialPassword, role, category);

    [Step("^職員の一覧で「(.+)」の役割が「(.+)」、担当分野が「(.+)」になっている$")]
    public async Task Listed(string userName, string role, string category)
    {
        var row = (await StaffPageAsync()).Row(userName);
        await Expect(row).ToContainTextAsync(role);
        await Expect(row).ToContainTextAsync(category);
    }

    [Step("^職員「(.+)」がサインインする$")]
    public async Task SignIn(string userName)
    {
        var page = await context.CounselorAsync();
        await page.Context.ClearCookiesAsync();
        await new LoginPage(page).SignInAsync((userName, password));
    }

    [Step("^初めてのサインインなので、その職員がパスワードを自分で決めたものに変更する$")]
    public async Task ChangeInitialPassword()
    {
        var page = await context.CounselorAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await page.GetByLabel("現在のパスワード", new() { Exact = true }).FillAsync(password);
        password = "Mine#2026secret";
        await page.GetByLabel("新しいパスワード", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("新しいパスワード（確認）", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "変更する" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Desk$"));
    }

    [Step("^職員の画面にキュー「(.+)」があり、「(.+)」はない$")]
    public async Task Queues(string shown, string hidden)
    {
        var queues = (await context.CounselorAsync()).GetByTestId("queues");
        await Expect(queues).ToContainTextAsync(shown);
        await Expect(queues).Not.ToContainTextAsync(hidden);
    }

    [Step("^管理者が自分の役割から「(.+)」を外して保存する$")]
    public async Task DropOwnRole(string role) => await (await StaffPageAsync()).RemoveRoleAsync(DemoAccounts.Admin.UserName, role);

    [Step("^職員の管理の画面に「(.+)」と表示される$")]
    public async Task AdminSees(string message) => await Expect((await StaffPageAsync()).Error).ToContainTextAsync(message);

    [Step("^その職員が二要素認証の画面で認証アプリを設定し、回復コードを受け取る$")]
    public async Task Enrol()
    {
        var page = await context.CounselorAsync();
        var totp = new StaffTotpPage(page);
        await totp.OpenEnrolmentAsync();
        await Expect(totp.Qr).ToBeVisibleAsync();
        var (key, recovery) = await totp.EnrolAsync();
        Assert.Equal(10, recovery.Count);
        totpKey = key;
    }

    [Step("^職員「(.+)」がもう一度サインインすると確認コードを求められ、認証アプリのコードで業務の画面に入れる$")]
    public async Task SignInWithCode(string userName)
    {
        await SignIn(userName);
        var page = await context.CounselorAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/TwoFactor$"));
        await new StaffTotpPage(page).EnterCodeAsync(Rfc6238.Code(ScenarioContext.Require(totpKey, "認証アプリのキー"), DateTimeOffset.UtcNow));
        await Expect(page).ToHaveURLAsync(new Regex("/Desk$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }
}
