using Microsoft.Playwright;

namespace CaseManagement.Testing.Pages;

/// <summary>The auditor's pages: the audit log with its chain check, and a case's full history.</summary>
public sealed class AuditPage(IPage page)
{
    /// <summary>The result of the last chain check (data-intact, data-broken-id).</summary>
    public ILocator Verification => page.GetByTestId("verification");

    /// <summary>The rows of "views by staff" on a case's history.</summary>
    public ILocator StaffViews => page.GetByTestId("views").Locator("tbody tr");

    public async Task<AuditPage> VerifyChainAsync()
    {
        await page.GotoAsync("/Audit");
        await page.GetByTestId("verify").ClickAsync();
        await Verification.WaitForAsync();
        return this;
    }

    public async Task<AuditPage> OpenCaseHistoryAsync(string caseNumber)
    {
        await page.GotoAsync("/Audit?CaseNumber=" + Uri.EscapeDataString(caseNumber));
        await page.GetByRole(AriaRole.Link, new() { Name = "この案件の全履歴" }).ClickAsync();
        await page.WaitForURLAsync("**/Audit/Case/**");
        return this;
    }
}
