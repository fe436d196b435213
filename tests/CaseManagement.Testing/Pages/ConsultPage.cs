using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The form a resident writes their first message in.</summary>
public sealed class ConsultPage(IPage page)
{
    public Task WriteAsync(string message) => page.GetByLabel("相談内容").FillAsync(message);

    public async Task<ConsultationPage> SendAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "相談を送信する" }).ClickAsync();
        await page.WaitForURLAsync("**/Resident/Consultation/**");
        return new ConsultationPage(page);
    }

    public ILocator Errors => page.Locator(".cm-error");
}
