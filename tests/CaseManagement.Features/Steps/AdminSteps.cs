using System.Text.RegularExpressions;
using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The admin in the workflow designer and on the versions page.</summary>
public sealed class AdminSteps(ScenarioContext context)
{
    private string? processId;

    private async Task<WorkflowDesignerPage> DesignerAsync() => new(await context.AdminAsync());

    [Step("^管理者がサインインしている$")]
    public async Task SignedIn() => await new LoginPage(await context.AdminAsync()).SignInAsync(DemoAccounts.Admin);

    [Step("^管理者が「(.+)」をデザイナーで開く$")]
    public async Task Open(string process)
    {
        processId = process;
        await (await DesignerAsync()).OpenAsync(process);
    }

    [Step("^管理者が「(.+)」と「(.+)」の間にユーザータスク「(.+)」を置き、キューを「(.+)」にする$")]
    public async Task AddUserTask(string from, string to, string name, string queue)
    {
        var designer = await DesignerAsync();
        var flow = await FlowBetweenAsync(designer, from, to);
        var box = await designer.BoxAsync(flow);
        await designer.UsePaletteAsync("create.user-task", box.X + box.Width / 2, box.Y + box.Height / 2);
        await designer.Page.Keyboard.PressAsync("Escape");
        var id = await designer.Page.Locator(".djs-element.selected").First.GetAttributeAsync("data-element-id") ?? "";
        var source = await designer.BoxAsync(await IdOfAsync(designer, from));
        await designer.MoveAsync(id, source.X + source.Width / 2 + 60, source.Y + source.Height / 2 + 170);
        await designer.Field("name").FillAsync(name);
        await Expect(designer.Element(id)).ToContainTextAsync(name); // the panel applies the name after a short debounce
        await designer.Field("cm-queue").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = $"{queue} (child)" });
    }

    [Step("^管理者が「(.+)」に営業時間で「(.+)」の SLA タイマーを付ける$")]
    public async Task AddSlaTimer(string taskName, string duration)
    {
        var designer = await DesignerAsync();
        var task = await designer.BoxAsync(await IdOfAsync(designer, taskName));
        await designer.UsePaletteAsync("create.timer-event", task.X + task.Width * 0.7f, task.Y + task.Height - 4);
        await designer.Field("name").FillAsync(taskName + "SLA");
        await designer.Field("cm-timer-kind").SelectOptionAsync("business");
        await designer.Field("cm-timer-value").FillAsync(duration);
    }

    [Step("^管理者が「(.+)」のキューを未設定にする$")]
    public async Task ClearQueue(string taskName)
    {
        var designer = await DesignerAsync();
        await designer.SelectAsync(await IdOfAsync(designer, taskName));
        await designer.Field("cm-queue").SelectOptionAsync("");
    }

    [Step("^下書きが自動で保存される$")]
    public async Task AutoSaved() => await (await DesignerAsync()).WaitUntilSavedAsync();

    [Step("^管理者がチェックする$")]
    public async Task Check() => await (await DesignerAsync()).ClickToolAsync("チェック");

    [Step("^管理者が公開する$")]
    public async Task Publish() => await (await DesignerAsync()).ClickToolAsync("公開する");

    [Step("^デザイナーに「(.+)」と表示される$")]
    public async Task Shown(string text)
    {
        var page = await context.AdminAsync();
        await Expect(page.Locator("[data-testid='designer-success']:visible, [data-testid='designer-error']:visible")).ToContainTextAsync(text);
    }

    [Step("^図の「(.+)」に「(.+)」と表示される$")]
    public async Task IssueOnDiagram(string elementName, string message)
    {
        var designer = await DesignerAsync();
        var id = await IdOfAsync(designer, elementName);
        await Expect(designer.Element(id)).ToHaveClassAsync(new Regex("cm-issue"));
        await Expect(designer.Page.Locator($"[data-issue-for='{id}']")).ToHaveTextAsync(message);
    }

    [Step("^管理者が版の一覧で v(\\d+) と v(\\d+) を比べる$")]
    public async Task Compare(string from, string to) =>
        await (await context.AdminAsync()).GotoAsync($"/Admin/Versions/{ScenarioContext.Require(processId, "プロセス")}?From={from}&To={to}");

    [Step("^追加された要素に「(.+)」があり、変わった属性に「(.+)」がある$")]
    public async Task AddedWithAttribute(string name, string attribute) =>
        await Expect((await context.AdminAsync()).GetByTestId("diff").Locator("tr[data-kind='Added']", new() { HasText = name })
            .Filter(new() { HasText = "userTask" })).ToContainTextAsync(attribute);

    [Step("^追加された要素に SLA タイマー「(.+)」がある$")]
    public async Task AddedTimer(string duration) =>
        await Expect((await context.AdminAsync()).GetByTestId("diff").Locator("tr[data-kind='Added']", new() { HasText = "boundaryEvent" })).ToContainTextAsync(duration);

    // The BPMN id of the element the admin sees under this name.
    private static async Task<string> IdOfAsync(WorkflowDesignerPage designer, string name) =>
        await designer.Page.EvaluateAsync<string>(
            "name => window.cmDesigner.modeler.get('elementRegistry').find(e => e.businessObject && e.businessObject.name === name && !e.labelTarget).id", name);

    private static async Task<string> FlowBetweenAsync(WorkflowDesignerPage designer, string from, string to) =>
        await designer.Page.EvaluateAsync<string>(
            """
            ([from, to]) => window.cmDesigner.modeler.get('elementRegistry').find(e => e.type === 'bpmn:SequenceFlow'
              && e.businessObject.sourceRef.name === from && e.businessObject.targetRef.name === to).id
            """, new[] { from, to });
}
