using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>When a claimed consultation's SLA passes, the assignee's and the supervisor's お知らせ badges count it
/// without a reload, and the notice says why and when.</summary>
public sealed class NotificationBadgeBrowserTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_escalation_appears_on_the_assignees_and_the_supervisors_badge_without_a_reload()
    {
        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        await using var boss = await chromium.DesktopAsync(app.BaseAddress);
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var caseNumber = await StartConsultationAsync(await phone.NewPageAsync(), "お知らせの確認です。");
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        await (await new DeskQueuePage(counselor).OpenAsync()).ClaimAsync(caseNumber);
        var supervisor = await boss.NewPageAsync();
        await new LoginPage(supervisor).SignInAsync(DemoAccounts.Supervisor);
        await new DeskQueuePage(supervisor).OpenAsync();
        var counselorBadge = new NotificationBadge(counselor);
        var supervisorBadge = new NotificationBadge(supervisor);
        await counselorBadge.WaitUntilLiveAsync();
        await supervisorBadge.WaitUntilLiveAsync();
        await Expect(counselorBadge.Count).ToBeHiddenAsync();
        await Expect(supervisorBadge.Count).ToBeHiddenAsync();
        foreach (var page in new[] { counselor, supervisor })
        {
            await page.EvaluateAsync("() => { window.notReloaded = true; }");
        }

        await app.FireAsync(caseNumber, "sla_exceeded");

        await Expect(counselorBadge.Count).ToHaveTextAsync("1");
        await Expect(counselorBadge.Announcement).ToHaveTextAsync("新しいお知らせが届きました。");
        await Expect(supervisorBadge.Count).ToHaveTextAsync("1");
        foreach (var page in new[] { counselor, supervisor })
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was reloaded");
        }

        var notices = await new NotificationsPage(counselor).OpenAsync();
        await Expect(notices.Items).ToHaveCountAsync(1);
        await Expect(notices.Items.First).ToContainTextAsync($"相談 {caseNumber}：SLA（4営業時間）超過のため");
        await notices.MarkAllReadAsync();
        await Expect(counselorBadge.Count).ToBeHiddenAsync();
        await Expect(supervisorBadge.Count).ToHaveTextAsync("1");

        await (await new DeskQueuePage(supervisor).OpenAsync()).Row(caseNumber)
            .GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        await Expect(supervisor.GetByTestId("case-notices")).ToContainTextAsync("管理職へエスカレーションされました。");
    }

    private static async Task<string> StartConsultationAsync(Microsoft.Playwright.IPage resident, string message)
    {
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync(message);
        return await (await consult.SendAsync()).CaseNumberAsync();
    }
}
