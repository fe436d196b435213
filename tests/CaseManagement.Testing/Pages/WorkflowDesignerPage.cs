using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The workflow designer in Admin (bpmn-js), driven as an admin does: palette, canvas, properties panel,
/// toolbar. Elements are found by their BPMN id (bpmn-js puts it in data-element-id).</summary>
public sealed class WorkflowDesignerPage(IPage page)
{
    public IPage Page => page;

    public async Task<WorkflowDesignerPage> OpenAsync(string processId)
    {
        await page.GotoAsync($"/Admin/Designer/{processId}");
        await page.Locator("[data-workflow-designer][data-ready='true']").WaitForAsync();
        return this;
    }

    public ILocator Element(string id) => page.Locator($".djs-element[data-element-id='{id}']");

    public ILocator Status => page.GetByTestId("save-status");

    public ILocator Error => page.GetByTestId("designer-error");

    public ILocator Success => page.GetByTestId("designer-success");

    public ILocator Issues => page.GetByTestId("issues");

    /// <summary>The properties panel field of an entry (bpmn-js-properties-panel ids: bio-properties-panel-&lt;entry&gt;).</summary>
    public ILocator Field(string entryId) => page.Locator($"#bio-properties-panel-{entryId}");

    public async Task<(float X, float Y, float Width, float Height)> BoxAsync(string id)
    {
        var box = await Element(id).BoundingBoxAsync() ?? throw new InvalidOperationException($"{id} is not drawn");
        return (box.X, box.Y, box.Width, box.Height);
    }

    /// <summary>Picks a palette tool (e.g. create.user-task, space-tool) and drops or starts it at a screen point.</summary>
    public async Task UsePaletteAsync(string action, float x, float y)
    {
        await page.Locator($".djs-palette [data-action='{action}']").ClickAsync();
        await page.Mouse.MoveAsync(x - 10, y - 10);
        await page.Mouse.MoveAsync(x, y, new() { Steps = 5 });
        await page.Mouse.ClickAsync(x, y);
    }

    /// <summary>Drags an element (by its top edge, clear of its label) so that its centre lands on a screen point.</summary>
    public async Task MoveAsync(string id, float x, float y)
    {
        var (left, top, width, height) = await BoxAsync(id);
        await page.Mouse.MoveAsync(left + width / 2, top + 10);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(left + width / 2 + 20, top + 30, new() { Steps = 5 });
        await page.Mouse.MoveAsync(x, y - height / 2 + 10, new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    public async Task SelectAsync(string id)
    {
        var (x, y, w, h) = await BoxAsync(id);
        await page.Mouse.ClickAsync(x + w / 2, y + h / 2);
    }

    public Task ClickToolAsync(string name) => page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>Waits until the autosave has stored every change (the status says so and a revision exists).</summary>
    public async Task WaitUntilSavedAsync()
    {
        await page.Locator("[data-workflow-designer][data-save-state='saved']").WaitForAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("下書きを保存しました");
    }
}
