using CaseManagement.Testing.Core;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>What a counselor sees: a long queue in pages and sorted, the resident's earlier cases first in the
/// workspace, and a message to the resident of a closed case that the resident reads through their link.</summary>
public sealed class DeskPagingAndWorkspaceTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task A_long_queue_is_paged_a_live_arrival_re_renders_the_current_page_and_it_sorts_newest_first_on_request()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            numbers.Add((await app.SendAsync(new SystemActor(), new StartConsultation("maternity", $"ページ送りの確認 {i}", TestPin.Default))).CaseNumber);
        }

        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desk.NewPageAsync();
        await new LoginPage(page).SignInAsync(DemoAccounts.Counselor);
        await page.GotoAsync("/Desk?Queue=maternity&Sort=Created");
        var queue = new DeskQueuePage(page);

        await Expect(queue.Range).ToHaveTextAsync("全 27 件中 1〜25 件を表示");
        await Expect(queue.Rows).ToHaveCountAsync(25);
        await Expect(queue.Rows.First).ToHaveAttributeAsync("data-case-number", numbers[0]);
        await queue.GoToPageAsync(2);
        await Expect(queue.Range).ToHaveTextAsync("全 27 件中 26〜27 件を表示");
        await Expect(queue.Rows).ToHaveCountAsync(2);
        await Expect(queue.Rows.Last).ToHaveAttributeAsync("data-case-number", numbers[^1]);

        // A consultation arriving while the counselor reads page 2: that page re-renders in place, with the new total.
        await queue.WaitUntilLiveAsync();
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        var arrived = (await app.SendAsync(new SystemActor(), new StartConsultation("maternity", "ページ2を見ている間の相談", TestPin.Default))).CaseNumber;
        await Expect(queue.Range).ToHaveTextAsync("全 28 件中 26〜28 件を表示");
        await Expect(queue.Rows.Last).ToHaveAttributeAsync("data-case-number", arrived);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the queue page was reloaded");

        await queue.SortAsync("受付日時", descending: true, pageSize: 50);
        await Expect(queue.Range).ToHaveTextAsync("全 28 件中 1〜28 件を表示");
        await Expect(queue.Rows.First).ToHaveAttributeAsync("data-case-number", arrived);
        await Expect(queue.Rows.Nth(1)).ToHaveAttributeAsync("data-case-number", numbers[^1]);
        await Expect(page.GetByTestId("pager")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("count-maternity")).ToContainTextAsync("28 件");
    }

    [Fact]
    public async Task The_workspace_shows_the_residents_earlier_case_and_its_messages_first()
    {
        var earlier = await app.SendAsync(new SystemActor(), new StartConsultation("child", "以前、夜泣きについて相談しました。", TestPin.Default));
        var current = await app.SendAsync(new SystemActor(), new StartConsultation("child", "また相談させてください。", TestPin.Default));
        await app.LinkResidentAsync(earlier.CaseId, current.CaseId);
        var hanako = await app.DemoStaffAsync("相談 花子", Roles.Counselor);
        var task = Assert.Single(await app.SendAsync(hanako, new ListOpenTasksOfCase(current.CaseId)));

        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desk.NewPageAsync();
        await new LoginPage(page).SignInAsync(DemoAccounts.Counselor);
        await page.GotoAsync($"/Desk/Task/{task.TaskId}");
        var workspace = new DeskTaskPage(page);
        await workspace.History.Locator("summary").ClickAsync();

        await Expect(workspace.EarlierCases).ToHaveCountAsync(1);
        await Expect(workspace.EarlierCases.First).ToHaveAttributeAsync("data-case-number", earlier.CaseNumber);
        await Expect(workspace.EarlierCases.First).ToContainTextAsync("以前、夜泣きについて相談しました。");
        await Expect(workspace.History.GetByTestId("no-past-cases")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_counselor_writes_to_the_resident_of_a_closed_case_and_the_resident_reads_it_through_the_link()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var resident = await phone.NewPageAsync();
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("先月はありがとうございました。");
        var consultation = await consult.SendAsync();
        var link = await consultation.SecretLinkAsync();
        var caseNumber = await consultation.CaseNumberAsync();
        var hanako = await app.DemoStaffAsync("相談 花子", Roles.Counselor);
        var caseId = (await app.SendAsync(hanako, new PageDeskQueue("child", PageSize: 100))).Tasks.Single(t => t.CaseNumber == caseNumber).CaseId;
        var task = Assert.Single(await app.SendAsync(hanako, new ListOpenTasksOfCase(caseId)));
        await app.SendAsync(hanako, new ClaimTask(task.TaskId));
        await app.SendAsync(hanako, new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }));

        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var counselor = await desk.NewPageAsync();
        await new LoginPage(counselor).SignInAsync(DemoAccounts.Counselor);
        await counselor.GotoAsync($"/Desk/Task/{task.TaskId}");
        await new DeskTaskPage(counselor).ContactResidentAsync(caseNumber, "その後、お変わりありませんか。");

        await new ConsultationPage(resident).OpenAsync(link);
        var page = new ConsultationPage(resident);
        await Expect(page.CounselorMessages.Last).ToContainTextAsync("その後、お変わりありませんか。");
        await Expect(page.Status).ToHaveTextAsync("終了");
    }
}
