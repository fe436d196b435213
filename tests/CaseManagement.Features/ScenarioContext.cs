using CaseManagement.Features.Binding;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;

namespace CaseManagement.Features;

/// <summary>What one scenario's steps share: the app, a phone for the resident and a desktop each for the counselor,
/// the supervisor and the admin (each opened on first use), and what the scenario learned on the way (secret link,
/// case number, task).</summary>
public sealed class ScenarioContext(TestApp app, Chromium chromium, ScenarioSpec scenario) : IAsyncDisposable
{
    private IBrowserContext? phone;
    private IBrowserContext? desktop;
    private IPage? resident;
    private IPage? counselor;
    private IBrowserContext? supervisorDesktop;
    private IBrowserContext? adminDesktop;
    private IPage? supervisor;
    private IPage? admin;
    private IBrowserContext? auditDesktop;
    private IPage? auditor;

    public TestApp App => app;

    public ScenarioSpec Scenario => scenario;

    public string? SecretLink { get; set; }

    public string? CaseNumber { get; set; }

    /// <summary>The URL of the task the counselor claimed (/Desk/Task/{id}).</summary>
    public string? ClaimedTaskPath { get; set; }

    public long CasesBefore { get; set; }

    /// <summary>Unread notifications each staff member's badge showed before something happened (相談員, 管理職).</summary>
    public Dictionary<string, int> UnreadBefore { get; } = [];

    public async Task<IPage> ResidentAsync()
    {
        phone ??= await chromium.PhoneAsync(app.BaseAddress);
        return resident ??= await phone.NewPageAsync();
    }

    public async Task<IPage> CounselorAsync()
    {
        desktop ??= await chromium.DesktopAsync(app.BaseAddress);
        return counselor ??= await desktop.NewPageAsync();
    }

    public async Task<IPage> SupervisorAsync()
    {
        supervisorDesktop ??= await chromium.DesktopAsync(app.BaseAddress);
        return supervisor ??= await supervisorDesktop.NewPageAsync();
    }

    public async Task<IPage> AdminAsync()
    {
        adminDesktop ??= await chromium.DesktopAsync(app.BaseAddress);
        return admin ??= await adminDesktop.NewPageAsync();
    }

    /// <summary>The auditor, at a desktop of their own (signed in separately from the counselor).</summary>
    public async Task<IPage> AuditorAsync()
    {
        auditDesktop ??= await chromium.DesktopAsync(app.BaseAddress);
        return auditor ??= await auditDesktop.NewPageAsync();
    }

    public static string Require(string? value, string what) =>
        value ?? throw new InvalidOperationException($"前のステップで{what}が記録されていません / no {what} yet");

    /// <summary>A full-page screenshot of every open page, named after the feature file, scenario and actor.</summary>
    public async Task SaveScreenshotsAsync(bool ignoreErrors = false)
    {
        var name = Path.ChangeExtension(scenario.File, null) + "-" + scenario.Name;
        foreach (var (actor, page) in new[] { ("resident", resident), ("counselor", counselor), ("supervisor", supervisor), ("admin", admin), ("auditor", auditor) })
        {
            if (page is null || page.IsClosed)
            {
                continue;
            }

            try
            {
                await Screenshots.SaveAsync(page, Safe(name + "-" + actor));
            }
            catch (PlaywrightException) when (ignoreErrors)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A scenario may have set the app's clock (「今は … である」); the next one starts on real time.
        app.Clock.Release();
        foreach (var context in new[] { phone, desktop, supervisorDesktop, adminDesktop, auditDesktop })
        {
            if (context is not null)
            {
                await context.CloseAsync();
            }
        }
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => c == '/' || c == ' ' || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
}
