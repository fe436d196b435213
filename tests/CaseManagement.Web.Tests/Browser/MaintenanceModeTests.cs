using System.Net;
using CaseManagement.Testing.Browser;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Web.Tests.Browser;

/// <summary>An admin publishes a notice and a maintenance window on the admin pages; the resident top page shows
/// them, and during maintenance the resident area is read-only (no new consultation or message) while staff pages
/// work as usual. Its own app: a maintenance window would stop every other test's residents.</summary>
public sealed class MaintenanceModeTests(TestApp app, Chromium chromium) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Notices_show_on_the_top_page_and_maintenance_makes_the_resident_area_read_only()
    {
        await using var phone = await chromium.PhoneAsync(app.BaseAddress);
        var resident = await phone.NewPageAsync();
        var consult = await (await new ResidentHomePage(resident).OpenAsync()).ChooseCategoryAsync("児童相談");
        await consult.WriteAsync("メンテナンス前に送った相談です。");
        var consultation = await consult.SendAsync();
        var link = (await consultation.SecretLinkAsync()).Trim();

        await using var desk = await chromium.DesktopAsync(app.BaseAddress);
        var admin = await desk.NewPageAsync();
        await new LoginPage(admin).SignInAsync(DemoAccounts.Admin);
        var now = DateTimeOffset.UtcNow;
        await PublishAsync(admin, maintenance: false, "年末年始の受付について", now.AddMinutes(-1), now.AddDays(1));

        await resident.GotoAsync("/");
        await Expect(resident.GetByTestId("notice")).ToContainTextAsync("年末年始の受付について");
        await Expect(resident.GetByTestId("maintenance-mode")).ToHaveCountAsync(0);

        await PublishAsync(admin, maintenance: true, "システムメンテナンス", now.AddMinutes(-1), now.AddHours(2));
        await resident.GotoAsync("/");
        await Expect(resident.GetByTestId("maintenance-mode")).ToBeVisibleAsync();
        await Expect(resident.Locator("[data-kind=maintenance]")).ToContainTextAsync("システムメンテナンス");
        await Screenshots.SaveAsync(resident, "30-resident-maintenance-home");

        var response = await resident.GotoAsync("/Resident/Consult/child");
        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, response!.Status);
        await Expect(new ConsultPage(resident).Maintenance).ToBeVisibleAsync();
        await Expect(resident.GetByLabel("相談内容")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(resident, "31-resident-maintenance-consult");

        await consultation.OpenAsync(link);
        await Expect(consultation.Messages.First).ToContainTextAsync("メンテナンス前に送った相談です。");
        await Expect(resident.GetByTestId("maintenance")).ToBeVisibleAsync();
        await Expect(resident.GetByLabel("追加で伝えたいこと")).ToHaveCountAsync(0);

        // staff pages are unaffected
        await admin.GotoAsync("/Admin/Categories");
        await Expect(admin.GetByTestId("categories")).ToContainTextAsync("児童相談");

        // the admin withdraws the maintenance notice: residents can write again
        var row = admin.GetByTestId("notices").Locator("tr", new() { HasText = "システムメンテナンス" });
        await admin.GotoAsync("/Admin/Notices");
        await row.GetByRole(AriaRole.Button, new() { Name = "取り下げる" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        await resident.GotoAsync("/Resident/Consult/child");
        await Expect(resident.GetByLabel("相談内容")).ToBeVisibleAsync();
    }

    private static async Task PublishAsync(IPage admin, bool maintenance, string title, DateTimeOffset starts, DateTimeOffset ends)
    {
        await admin.GotoAsync("/Admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "お知らせとメンテナンス" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "お知らせを掲載する" }).ClickAsync();
        await admin.GetByLabel(maintenance ? "メンテナンス" : "お知らせ", new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("タイトル（日本語）").FillAsync(title);
        await admin.GetByLabel("本文（日本語）").FillAsync(title + "のため、ご不便をおかけします。");
        await admin.GetByLabel("掲載開始日時").FillAsync(Localized.LocalInput(starts));
        await admin.GetByLabel("掲載終了日時").FillAsync(Localized.LocalInput(ends));
        await admin.GetByRole(AriaRole.Button, new() { Name = "掲載する" }).ClickAsync();
        await admin.WaitForURLAsync("**/Admin/Notices");
        await Expect(admin.GetByTestId("notices")).ToContainTextAsync(title);
    }
}
