using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The decision table editor in Admin (dmn-js), driven as an admin does: a cell of the table is found by its
/// DMN id (dmn-js puts it in data-element-id), typed into, and the toolbar's check and publish.</summary>
public sealed class DecisionEditorPage(IPage page)
{
    public IPage Page => page;

    public async Task<DecisionEditorPage> OpenAsync(string decisionRef)
    {
        await page.GotoAsync($"/Admin/Decisions/Editor/{decisionRef}");
        await ReadyAsync();
        return this;
    }

    /// <summary>Waits until the draft is loaded and its first decision table is shown.</summary>
    public async Task ReadyAsync()
    {
        await page.Locator("[data-decision-editor][data-ready='true'][data-view='decisionTable']").WaitForAsync();
        await page.Locator(".tjs-table").WaitForAsync();
    }

    public ILocator Cell(string id) => page.Locator($"td[data-element-id='{id}']");

    /// <summary>The DMN id of the cell an admin names by rule number (from 1) and column label.</summary>
    public async Task<string> CellIdAsync(int rule, string column)
    {
        var columnId = await page.Locator("th[data-col-id]").Filter(new() { HasText = column }).First.GetAttributeAsync("data-col-id");
        return await page.Locator(".tjs-table tbody tr").Nth(rule - 1).Locator($"td[data-col-id='{columnId}']").GetAttributeAsync("data-element-id")
            ?? throw new InvalidOperationException($"no cell in rule {rule}, column {column}");
    }

    public ILocator Status => page.GetByTestId("save-status");

    public ILocator Error => page.GetByTestId("decision-error");

    public ILocator Success => page.GetByTestId("decision-success");

    public ILocator Issues => page.GetByTestId("issues");

    /// <summary>Replaces a cell's FEEL text: a click opens dmn-js's FEEL editor in the cell; leaving it applies the text.</summary>
    public async Task EditCellAsync(string id, string text)
    {
        var cell = Cell(id);
        await cell.ClickAsync();
        var editor = cell.Locator(".cm-content");
        await editor.WaitForAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.InsertTextAsync(text);
        await page.GetByTestId("decision-ref").ClickAsync();
        await Assertions.Expect(cell).ToHaveTextAsync(text);
    }

    public Task ClickToolAsync(string name) => page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();

    /// <summary>Waits until the autosave has stored every change.</summary>
    public async Task WaitUntilSavedAsync()
    {
        await page.Locator("[data-decision-editor][data-save-state='saved']").WaitForAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("下書きを保存しました");
    }
}
