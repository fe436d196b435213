using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The resident's start page: the list of categories.</summary>
public sealed class ResidentHomePage(IPage page)
{
    public async Task<ResidentHomePage> OpenAsync()
    {
        await page.GotoAsync("/");
        return this;
    }

    public async Task<ConsultPage> ChooseCategoryAsync(string name)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        return new ConsultPage(page);
    }
}
