using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The resident's own consultation page behind the secret link.</summary>
public sealed class ConsultationPage(IPage page)
{
    public IPage Page => page;

    public Task<string> SecretLinkAsync() => page.GetByTestId("secret-link").InnerTextAsync();

    public Task<string> CaseNumberAsync() => page.GetByTestId("case-number").InnerTextAsync();

    public ILocator Status => page.GetByTestId("case-status");

    public ILocator Messages => page.GetByTestId("messages").Locator("li");

    public ILocator CounselorMessages => page.GetByTestId("messages").Locator("li[data-author=staff]");

    public async Task<ConsultationPage> OpenAsync(string secretLink)
    {
        await page.GotoAsync(secretLink);
        return this;
    }
}
