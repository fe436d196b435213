using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The admin's closure checklist settings (終了チェックリストの設定), per category.</summary>
public sealed class AdminChecklistPage(IPage page)
{
    /// <summary>Opens the category by its name and makes exactly <paramref name="items"/> required.</summary>
    public async Task RequireAsync(string category, params string[] items)
    {
        await page.GotoAsync("/Admin/Categories/Checklist");
        await page.GetByRole(AriaRole.Link, new() { Name = category, Exact = true }).ClickAsync();
        var form = page.GetByTestId("closure-checklist-admin");
        await Microsoft.Playwright.Assertions.Expect(form).ToContainTextAsync(category);
        foreach (var box in await form.GetByRole(AriaRole.Checkbox).AllAsync())
        {
            var label = (await box.EvaluateAsync<string>("b => b.parentElement.textContent")).Trim();
            await box.SetCheckedAsync(items.Contains(label));
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
        await page.GetByTestId("checklist-saved").WaitForAsync();
    }
}
