using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>An admin edits the related-procedures decision table in dmn-js, checks and publishes it, and a new counter
/// visit fans out by the edited table; a broken FEEL cell is highlighted by the check, naming its rule and column.</summary>
public sealed class DecisionEditorTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_admin_edits_a_cell_publishes_and_a_new_counter_visit_fans_out_by_the_edited_table()
    {
        // 転入 of a 62-year-old: the shipped table asks 65 or older for 介護保険
        Assert.Equal(["kokuho"], await CounterVisits.StartAsync(app.Services, "転入", hasChildren: false, age: 62));

        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desktop.NewPageAsync();
        try
        {
            await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
            await page.GotoAsync("/Admin");
            await page.GetByTestId("decisions-link").ClickAsync();
            await page.GetByTestId("decisions").Locator("tr[data-decision-ref='related-procedures']").GetByRole(AriaRole.Link, new() { Name = "判定表エディターで開く" }).ClickAsync();
            var editor = new DecisionEditorPage(page);
            await editor.ReadyAsync();
            await Expect(page.Locator(".tjs-table thead")).ToContainTextAsync("条件届出"); // dmn-js in Japanese: When → 条件, Then → ならば
            await Expect(page.Locator(".tjs-table thead")).ToContainTextAsync("ならば関連手続");

            await editor.EditCellAsync("rule_moving_in_care_age", ">= 60");
            await editor.WaitUntilSavedAsync();
            await editor.ClickToolAsync("チェック");
            await Expect(editor.Success).ToHaveTextAsync("問題は見つかりませんでした。公開できます。");
            await editor.ClickToolAsync("公開する");
            await Expect(editor.Success).ToContainTextAsync("として公開しました。これから実行される判定はこの版を使います。");
            await Screenshots.SaveAsync(page, "30-decision-published");

            var version = int.Parse(await page.Locator("[data-decision-editor]").GetAttributeAsync("data-published-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(["kokuho", "long_term_care"], await CounterVisits.StartAsync(app.Services, "転入", hasChildren: false, age: 62));

            await page.GotoAsync($"/Admin/Decisions/Versions/related-procedures?From={version - 1}&To={version}");
            var change = page.GetByTestId("diff").Locator("tr[data-element-id='rule_moving_in_care'][data-kind='Changed']");
            await Expect(change).ToContainTextAsync("規則 4");
            await Expect(change.Locator("del")).ToHaveTextAsync(">= 65");
            await Expect(change.Locator("ins")).ToHaveTextAsync(">= 60");
            await Screenshots.SaveAsync(page, "31-decision-versions-diff");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "30-decision-failed");
            throw;
        }
    }

    [Fact]
    public async Task The_check_highlights_a_broken_FEEL_cell_naming_its_rule_and_column_and_publishing_is_refused()
    {
        await using var desktop = await chromium.DesktopAsync(app.BaseAddress);
        var page = await desktop.NewPageAsync();
        try
        {
            await new LoginPage(page).SignInAsync(DemoAccounts.Admin);
            var editor = await new DecisionEditorPage(page).OpenAsync("related-procedures");

            await editor.EditCellAsync("rule_moving_out_care_age", ">= =");
            await editor.WaitUntilSavedAsync();
            await editor.ClickToolAsync("チェック");

            var issue = editor.Issues.Locator("button[data-element-id='rule_moving_out_care_age']");
            await Expect(issue).ToContainTextAsync("規則 7 の「年齢」列の条件「>= =」が FEEL として正しくありません");
            await Expect(editor.Cell("rule_moving_out_care_age")).ToHaveCSSAsync("background-color", "rgb(255, 235, 235)");
            await Expect(editor.Cell("rule_moving_in_care_age")).Not.ToHaveCSSAsync("background-color", "rgb(255, 235, 235)");
            await Screenshots.SaveAsync(page, "32-decision-check-highlight");

            await editor.ClickToolAsync("公開する");
            await Expect(editor.Error).ToHaveTextAsync("チェックで 1 件の問題が見つかったため公開できません。表の印と一覧を確認してください。");

            // mended, the draft holds the shipped table again (the other test of this app edits from it)
            await editor.EditCellAsync("rule_moving_out_care_age", ">= 65");
            await editor.WaitUntilSavedAsync();
        }
        catch
        {
            await Screenshots.SaveAsync(page, "32-decision-check-failed");
            throw;
        }
    }
}
