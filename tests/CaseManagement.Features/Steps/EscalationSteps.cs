using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The supervisor's side and the staff notifications: an SLA passing, the お知らせ badges, the case's notice.</summary>
public sealed class EscalationSteps(ScenarioContext context)
{
    private string CaseNumber => ScenarioContext.Require(context.CaseNumber, "受付番号");

    [Step("^管理職がサインインしている$")]
    public async Task SupervisorSignedIn() => await new LoginPage(await context.SupervisorAsync()).SignInAsync(DemoAccounts.Supervisor);

    [Step("^管理職が対応待ちの一覧を開く$")]
    public async Task SupervisorOpensQueue() => await new DeskQueuePage(await context.SupervisorAsync()).OpenAsync();

    /// <summary>The app's clock is real and the SLA is 4 office hours away: the step fires the timer as Quartz does
    /// when it comes due, after noting each open page's unread count and waiting for its live connection.</summary>
    [Step("^その相談の SLA の期限が過ぎる$")]
    public async Task SlaPasses()
    {
        foreach (var (who, page) in new[] { ("相談員", await context.CounselorAsync()), ("管理職", await context.SupervisorAsync()) })
        {
            var badge = new NotificationBadge(page);
            await badge.WaitUntilLiveAsync();
            context.UnreadBefore[who] = await badge.UnreadAsync();
        }

        await context.App.FireAsync(CaseNumber, "sla_exceeded");
    }

    [Step("^(相談員|管理職)のお知らせの未読が 1 件増える$")]
    public async Task OneMoreUnread(string who)
    {
        var page = who == "相談員" ? await context.CounselorAsync() : await context.SupervisorAsync();
        var before = context.UnreadBefore.TryGetValue(who, out var n) ? n : throw new InvalidOperationException("前のステップで未読件数が記録されていません");
        await Expect(new NotificationBadge(page).Count).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Step("^管理職がエスカレーションされたその相談を開く$")]
    public async Task SupervisorOpensEscalation()
    {
        var page = await context.SupervisorAsync();
        await page.GotoAsync("/Desk?Queue=supervisors:child");
        var row = new DeskQueuePage(page).Row(CaseNumber);
        await Expect(row).ToContainTextAsync("エスカレーション");
        await row.GetByRole(AriaRole.Link, new() { Name = CaseNumber }).ClickAsync();
    }

    [Step("^相談の画面に「(.+)」と「(.+)」が表示される$")]
    public async Task CaseNoticeShows(string why, string what)
    {
        var notices = (await context.SupervisorAsync()).GetByTestId("case-notices");
        await Expect(notices).ToContainTextAsync(why);
        await Expect(notices).ToContainTextAsync(what);
    }

    [Step("^相談員がお知らせを開く$")]
    public async Task CounselorOpensNotifications() => await new NotificationsPage(await context.CounselorAsync()).OpenAsync();

    [Step("^お知らせに「(.+)」が表示される$")]
    public async Task NotificationShows(string text) =>
        await Expect(new NotificationsPage(await context.CounselorAsync()).Items.Filter(new() { HasText = CaseNumber })).ToContainTextAsync(text);
}
