using System.Text.Json;
using CaseManagement.Core.Administration;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>axe-core (the front end's devDependency) on every resident page and state at 390×844: no serious or
/// critical violation of WCAG 2.1 A/AA (JIS X 8341-3). The scan is injected by Playwright, so the context bypasses
/// the site's CSP for it.</summary>
public sealed class ResidentAccessibilityTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    private static readonly string AxePath = Path.Combine(RepositoryPaths.Root, "src", "CaseManagement.Web", "Frontend", "node_modules", "axe-core", "axe.min.js");

    [Fact]
    public async Task Every_resident_page_passes_axe_without_serious_or_critical_violations()
    {
        await using var phone = await PhoneAsync();
        var page = await phone.NewPageAsync();
        var violations = new List<string>();
        await SendAsync(new CreateCategory(new CategorySettings
        {
            Code = "signed-in", NameJa = "サインインが必要な分野", NameEn = "Sign-in only", WorkflowProcessId = "consultation", AllowAnonymous = false,
            Hours = [new WeekdayReception { Weekday = DayOfWeek.Monday, Open = true, Opens = "9:00", Closes = "12:00", BreakStarts = "10:00", BreakEnds = "10:15" }],
        }), new SystemActor());

        async Task ScanAsync(string name)
        {
            await Screenshots.SaveAsync(page, "axe-" + name);
            violations.AddRange((await AxeAsync(page)).Select(v => $"{name} ({page.Url}): {v}"));
        }

        await page.GotoAsync("/");
        await ScanAsync("home");
        var consult = await new ResidentHomePage(page).ChooseCategoryAsync("児童相談");
        await ScanAsync("consult");
        await consult.WriteAsync("アクセシビリティの確認です。");
        await consult.ChoosePinAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "相談を送信する" }).ClickAsync();
        await ScanAsync("consult-invalid");
        await consult.ChoosePinAsync("4826");
        var consultation = await consult.SendAsync();
        await ScanAsync("started");
        var link = (await consultation.SecretLinkAsync()).Trim();
        await page.GotoAsync("/Resident/Consult/signed-in");
        await ScanAsync("consult-sign-in-required");

        await using var other = await PhoneAsync();
        page = await other.NewPageAsync();
        var second = await new ConsultationPage(page).OpenAsync(link);
        await ScanAsync("pin");
        await second.EnterPinAsync("1357");
        await ScanAsync("pin-wrong");
        for (var i = 0; i < 4; i++)
        {
            await second.EnterPinAsync("1357");
        }

        await ScanAsync("pin-locked");

        page = await phone.NewPageAsync();
        await page.GotoAsync(link);
        await ScanAsync("consultation");
        await CloseAsync(await new ConsultationPage(page).CaseNumberAsync());
        app.Clock.Set(DateTimeOffset.UtcNow.AddDays(91));
        try
        {
            await page.GotoAsync(link);
            await ScanAsync("expired");
        }
        finally
        {
            app.Clock.Release();
        }

        // Signed in with an e-mailed code: the sign-in pages (with a wrong code), わたしの相談 empty and with a case, and
        // the case page behind it.
        await using var signedIn = await PhoneAsync();
        page = await signedIn.NewPageAsync();
        var email = $"axe.{Guid.NewGuid():N}"[..16] + "@example.jp";
        var signIn = await new ResidentSignInPage(page).OpenAsync();
        await ScanAsync("sign-in");
        await signIn.RequestCodeAsync(email);
        await ScanAsync("sign-in-code");
        var code = await new DevMailboxPage(await signedIn.NewPageAsync()).CodeForAsync(email);
        await signIn.EnterCodeAsync(string.Concat(code.Select(c => (char)('0' + ((c - '0' + 1) % 10)))));
        await ScanAsync("sign-in-code-wrong");
        await signIn.EnterCodeAsync(code);
        var mine = new MyConsultationsPage(page);
        await mine.Heading.WaitForAsync();
        await ScanAsync("mine-empty");
        await page.GotoAsync("/");
        var signedInConsult = await new ResidentHomePage(page).ChooseCategoryAsync("サインインが必要な分野");
        await ScanAsync("consult-signed-in");
        await signedInConsult.WriteAsync("サインインして相談します。");
        var caseNumber = await (await signedInConsult.SendAsync()).CaseNumberAsync();
        await mine.OpenAsync();
        await ScanAsync("mine");
        await mine.OpenCaseAsync(caseNumber);
        await ScanAsync("mine-case");

        await page.GotoAsync("/Status/404");
        await ScanAsync("not-found");

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task<IBrowserContext> PhoneAsync() => await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = app.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Locale = "ja-JP",
        TimezoneId = "Asia/Tokyo",
        BypassCSP = true,
    });

    private static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.map(n => n.target.join(' ')).join(', ')}]`));
            }
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>The demo counselor claims and completes the case's task, through the use cases.</summary>
    private async Task CloseAsync(string caseNumber)
    {
        StaffUser counselor;
        using (var scope = app.Services.CreateScope())
        {
            counselor = (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(DemoAccounts.Counselor.UserName))!;
        }

        var actor = new TestActor(counselor.Id, counselor.DisplayName, [Roles.Counselor]);
        var task = (await SendAsync(new ListDeskQueue(), actor)).Single(t => t.CaseNumber == caseNumber);
        await SendAsync(new ClaimTask(task.TaskId), actor);
        await SendAsync(new CompleteTask(task.TaskId, new Dictionary<string, object?> { ["followUp"] = false }), actor);
    }

    private async Task<T> SendAsync<T>(IRequest<T> request, ICurrentActor actor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
