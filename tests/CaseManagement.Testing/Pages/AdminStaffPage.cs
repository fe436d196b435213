using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The admin's staff pages (/Admin/Staff): the list, the create form and a member's edit page.</summary>
public sealed class AdminStaffPage(IPage page)
{
    public ILocator Error => page.Locator(".cm-error");

    public ILocator Row(string userName) => page.Locator($"[data-testid='staff'] tr[data-user-name='{userName}']");

    public async Task<AdminStaffPage> OpenAsync()
    {
        await page.GotoAsync("/Admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "職員とアカウント" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Admin/Staff", StringComparison.Ordinal));
        return this;
    }

    /// <summary>Adds a member with one role and one category (labels as shown: 相談員, 児童相談).</summary>
    public async Task CreateAsync(string displayName, string userName, string password, string role, string category)
    {
        await OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "職員を追加する" }).ClickAsync();
        await page.GetByLabel("ユーザー名").FillAsync(userName);
        await page.GetByLabel("表示名").FillAsync(displayName);
        await page.GetByLabel("メールアドレス").FillAsync(userName + "@staff.city.example.jp");
        await page.GetByLabel("初期パスワード").FillAsync(password);
        await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(category, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Admin/Staff", StringComparison.Ordinal));
    }

    /// <summary>Opens a member's edit page, unticks a role and saves.</summary>
    public async Task RemoveRoleAsync(string userName, string role)
    {
        await OpenAsync();
        await Row(userName).GetByRole(AriaRole.Link, new() { Name = "編集" }).ClickAsync();
        await page.GetByLabel(role, new() { Exact = true }).UncheckAsync();
        await page.GetByTestId("staff-access-form").GetByRole(AriaRole.Button, new() { Name = "保存する" }).ClickAsync();
    }
}
