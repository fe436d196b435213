using CaseManagement.Features.Binding;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The admin in the decision table editor (dmn-js), and a counter visit the published table decides.</summary>
public sealed class DecisionSteps(ScenarioContext context)
{
    private static readonly Dictionary<string, string> ProcedureTasks = new()
    {
        ["国民健康保険"] = "kokuho", ["児童手当"] = "child_allowance", ["転入学"] = "school_transfer", ["介護保険"] = "long_term_care",
    };

    private IReadOnlyList<string>? fannedOut;

    private async Task<DecisionEditorPage> EditorAsync() => new(await context.AdminAsync());

    [Step("^管理者が判定表「(.+)」を開く$")]
    public async Task Open(string decisionRef) => await (await EditorAsync()).OpenAsync(decisionRef);

    [Step("^管理者が規則 (\\d+) の「(.+)」を「(.+)」にする$")]
    public async Task EditCell(string rule, string column, string text)
    {
        var editor = await EditorAsync();
        await editor.EditCellAsync(await editor.CellIdAsync(int.Parse(rule, System.Globalization.CultureInfo.InvariantCulture), column), text);
    }

    [Step("^判定表の下書きが自動で保存される$")]
    public async Task AutoSaved() => await (await EditorAsync()).WaitUntilSavedAsync();

    [Step("^管理者が判定表をチェックする$")]
    public async Task Check() => await (await EditorAsync()).ClickToolAsync("チェック");

    [Step("^管理者が判定表を公開する$")]
    public async Task Publish() => await (await EditorAsync()).ClickToolAsync("公開する");

    [Step("^判定表エディターに「(.+)」と表示される$")]
    public async Task Shown(string text)
    {
        var page = await context.AdminAsync();
        await Expect(page.Locator("[data-testid='decision-success']:visible, [data-testid='decision-error']:visible")).ToContainTextAsync(text);
    }

    [Step("^規則 (\\d+) の「(.+)」のセルが赤く示され、「(.+)」と表示される$")]
    public async Task Highlighted(string rule, string column, string message)
    {
        var editor = await EditorAsync();
        var id = await editor.CellIdAsync(int.Parse(rule, System.Globalization.CultureInfo.InvariantCulture), column);
        await Expect(editor.Cell(id)).ToHaveCSSAsync("background-color", "rgb(255, 235, 235)");
        await Expect(editor.Issues.Locator($"button[data-element-id='{id}']")).ToContainTextAsync(message);
    }

    [Step("^(\\d+) 歳の住民の「(.+)」で新しい窓口手続きが始まる$")]
    public async Task CounterVisit(string age, string @event) =>
        fannedOut = await CounterVisits.StartAsync(context.App.Services, @event, hasChildren: false, int.Parse(age, System.Globalization.CultureInfo.InvariantCulture));

    [Step("^手続は「(.+)」と「(.+)」に振り分けられる$")]
    public Task FannedOut(string first, string second)
    {
        Assert.NotNull(fannedOut);
        Assert.Equal(new[] { ProcedureTasks[first], ProcedureTasks[second] }.Order(StringComparer.Ordinal), fannedOut);
        return Task.CompletedTask;
    }
}
