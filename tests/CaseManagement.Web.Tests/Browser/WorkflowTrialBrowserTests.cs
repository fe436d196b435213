using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>Try it in the designer: the shipped consultation's draft runs with sample variables, the admin advances
/// the test clock to the SLA timer, and the escalation path is drawn on the diagram step by step with a log.</summary>
public sealed class WorkflowTrialBrowserTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_consultation_draft_takes_the_escalation_path_after_the_SLA_timer_is_advanced()
    {
        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desktop.NewPageAsync();
        await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
        await new WorkflowDesignerPage(page).OpenAsync("consultation");
        var trial = new WorkflowTrialPanel(page);

        // sample variables that are not JSON: a Japanese error, no run
        await trial.StartAsync("""{category: "child"}""");
        await Expect(trial.Error).ToContainTextAsync("サンプル変数の JSON が正しくありません（1 行目");
        await Expect(trial.Marked("respond", "current")).ToHaveCountAsync(0);

        // started: assignment logged as what would run, the token on 相談対応 with its two timers
        await trial.StartAsync("""{"category": "child"}""");
        await Expect(trial.Error).ToBeHiddenAsync();
        await Expect(trial.Status).ToHaveTextAsync("実行中");
        await Expect(trial.Marked("respond", "current")).ToHaveCountAsync(1);
        await Expect(trial.Marked("assign_counselor", "taken")).ToHaveCountAsync(1);
        await Expect(trial.Log).ToContainTextAsync("自動処理「割当」（assign）は試行では実行しません");
        await Expect(trial.Tasks.Locator("li")).ToHaveTextAsync(["相談対応（キュー: child）完了する"]);
        await Expect(trial.Timers.Locator("li")).ToHaveCountAsync(2);

        // タイマーを進める on SLA超過: the escalation path, the reminder cancelled
        await trial.AdvanceTimerAsync("sla_exceeded");
        await Expect(trial.Marked("escalated", "current")).ToHaveCountAsync(1);
        await Expect(trial.Marked("escalated", "last")).ToHaveCountAsync(1);
        await Expect(trial.Marked("sla_exceeded", "taken")).ToHaveCountAsync(1);
        await Expect(trial.Marked("flow_to_escalated", "taken")).ToHaveCountAsync(1);
        await Expect(trial.Marked("respond", "current")).ToHaveCountAsync(0);
        await Expect(trial.Tasks.Locator("li")).ToContainTextAsync(["エスカレーション対応（キュー: supervisors:child"]);
        await Expect(trial.Timers.Locator("li")).ToHaveCountAsync(0);
        await Expect(trial.Log.Locator("li[data-step='1']")).ToContainTextAsync(
            ["テスト時計をタイマー「SLA超過」の期限まで進めます", "タイマー「SLA超過」が発火しました", "タイマー「未対応リマインダー」を取り消しました"]);
        await Screenshots.SaveAsync(page, "designer-trial-escalation");

        // the supervisors close it: the run ends at 終了
        await trial.CompleteTaskAsync("escalated", """{"followUp": false}""");
        await Expect(trial.Status).ToHaveTextAsync("完了");
        await Expect(trial.Marked("closed", "taken")).ToHaveCountAsync(1);
        await Expect(trial.Marked("respond", "current")).ToHaveCountAsync(0);
        await Expect(trial.Log.Locator("li").Last).ToContainTextAsync("プロセスが終了しました");
        await Screenshots.SaveAsync(page, "designer-trial-ended");
    }
}
