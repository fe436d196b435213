using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The counselor at a desktop: sign-in, the queue, a task's workspace.</summary>
public sealed class DeskSteps(ScenarioContext context)
{
    private string CaseNumber => ScenarioContext.Require(context.CaseNumber, "受付番号");

    [Step("^相談員がサインインしている$")]
    public async Task SignedIn() => await new LoginPage(await context.CounselorAsync()).SignInAsync(DemoAccounts.Counselor);

    [Step("^相談員が対応待ちの一覧を開く$")]
    public async Task OpenQueue() => await new DeskQueuePage(await context.CounselorAsync()).OpenAsync();

    [Step("^一覧にその相談が未割当で表示される$")]
    public async Task ListedUnassigned() =>
        await Expect(new DeskQueuePage(await context.CounselorAsync()).Row(CaseNumber)).ToContainTextAsync("未割当");

    [Step("^相談員がその相談を担当する$")]
    public async Task Claim()
    {
        var page = await context.CounselorAsync();
        await new DeskQueuePage(page).ClaimAsync(CaseNumber);
        context.ClaimedTaskPath = new Uri(page.Url).AbsolutePath;
    }

    [Step("^相談員の画面の担当者は未割当ではない$")]
    public async Task Assigned()
    {
        var assignee = new DeskTaskPage(await context.CounselorAsync()).Assignee;
        await Expect(assignee).Not.ToHaveTextAsync("未割当");
        await Expect(assignee).Not.ToBeEmptyAsync();
    }

    [Step("^返信欄は相談者の履歴を開くまで使えない$")]
    public async Task ReplyGated() => await Expect(new DeskTaskPage(await context.CounselorAsync()).ReplyBox).ToBeDisabledAsync();

    [Step("^相談員が相談者の履歴を開く$")]
    public async Task OpenHistory() => await new DeskTaskPage(await context.CounselorAsync()).OpenHistoryAsync();

    [Step("^返信欄が使えるようになる$")]
    public async Task ReplyEnabled() => await Expect(new DeskTaskPage(await context.CounselorAsync()).ReplyBox).ToBeEnabledAsync();

    [Step("^相談員が「(.+)」と返信する$")]
    public async Task Reply(string text) => await new DeskTaskPage(await context.CounselorAsync()).ReplyAsync(text);

    [Step("^相談員が継続対応なしで対応を完了する$")]
    public async Task Complete() => await new DeskTaskPage(await context.CounselorAsync()).CompleteAsync();

    [Step("^相談員が継続対応ありで対応を完了する$")]
    public async Task CompleteWithFollowUp() => await new DeskTaskPage(await context.CounselorAsync()).CompleteAsync(followUp: true);

    [Step("^相談員の画面に新しい未割当の作業が開く$")]
    public async Task NewTaskOpened()
    {
        var page = await context.CounselorAsync();
        Assert.NotEqual(ScenarioContext.Require(context.ClaimedTaskPath, "担当した作業"), new Uri(page.Url).AbsolutePath);
        await Expect(new DeskTaskPage(page).Assignee).ToHaveTextAsync("未割当");
    }

    [Step("^相談員の画面の状況は「(.+)」である$")]
    public async Task StatusIs(string status) =>
        await Expect(new DeskTaskPage(await context.CounselorAsync()).Status).ToHaveTextAsync(status);

    [Step("^その相談に新しい作業ができている$")]
    public async Task NewTaskCreated()
    {
        var queue = await new DeskQueuePage(await context.CounselorAsync()).OpenAsync();
        var row = queue.Row(CaseNumber);
        await Expect(row).ToHaveCountAsync(1);
        var href = await row.Locator("a[href^='/Desk/Task/']").First.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.NotEqual(ScenarioContext.Require(context.ClaimedTaskPath, "担当した作業"), href);
    }
}
