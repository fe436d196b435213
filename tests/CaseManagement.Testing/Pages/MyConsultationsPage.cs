using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>わたしの相談: the signed-in resident's own consultations.</summary>
public sealed class MyConsultationsPage(IPage page)
{
    public async Task<MyConsultationsPage> OpenAsync()
    {
        await page.GotoAsync("/Resident/Mine");
        return this;
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "わたしの相談", Level = 1 });

    public ILocator Case(string caseNumber) => page.Locator($"li[data-case-number='{caseNumber}']");

    /// <summary>Opens the consultation from the list: the same page as behind the secret link, by case.</summary>
    public async Task<ConsultationPage> OpenCaseAsync(string caseNumber)
    {
        await Case(caseNumber).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Resident/Mine/**");
        return new ConsultationPage(page);
    }

    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "サインアウト" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Resident/Mine", StringComparison.Ordinal));
    }
}
