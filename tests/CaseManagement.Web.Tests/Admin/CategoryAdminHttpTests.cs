using System.Net;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>An admin adds 消費生活 through the admin form, with no code change, and residents see it; a bad form is
/// refused in Japanese with the input kept; only admins reach these pages.</summary>
public sealed class CategoryAdminHttpTests(TestApp app) : IClassFixture<TestApp>
{
    private static Dictionary<string, string> Form(string code, string name, string tuesdayCloses = "17:15")
    {
        var form = new Dictionary<string, string>
        {
            ["Settings.Code"] = code, ["Settings.NameJa"] = name, ["Settings.NameEn"] = "Consumer affairs",
            ["Settings.DescriptionJa"] = "契約トラブルや悪質商法のご相談", ["Settings.WorkflowProcessId"] = "consultation", ["Settings.SortOrder"] = "5",
            ["Settings.IsActive"] = "true", ["Settings.AllowAnonymous"] = "true", ["Settings.ClosedOnNationalHolidays"] = "true", ["Settings.ClosedAtYearEnd"] = "true",
            // Regression: a field left empty arrives as null and once failed the save (NullReferenceException).
            ["Settings.DescriptionEn"] = "", ["Settings.AutoReplyOpenJa"] = "",
            ["Settings.ClosedDays"] = "2027-06-01 研修日", ["Settings.WelcomeJa"] = "消費生活センターです。", ["Settings.AutoReplyClosedJa"] = "時間外です。{next} 以降にお返事します。",
        };
        var week = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        for (var i = 0; i < week.Length; i++)
        {
            form[$"Settings.Hours[{i}].Weekday"] = week[i];
            form[$"Settings.Hours[{i}].Open"] = i < 5 ? "true" : "false";
            form[$"Settings.Hours[{i}].Opens"] = i < 5 ? "08:30" : "";
            form[$"Settings.Hours[{i}].Closes"] = i == 1 ? tuesdayCloses : i < 5 ? "17:15" : "";
        }

        return form;
    }

    [Fact]
    public async Task An_admin_adds_a_category_through_the_form_and_residents_can_consult_in_it()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var saved = await admin.PostFormAsync("/Admin/Categories/Create", Form("consumer", "消費生活"));

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        Assert.Contains("consumer", await admin.GetStringAsync(new Uri("/Admin/Categories", UriKind.Relative)), StringComparison.Ordinal);
        var edit = await admin.GetStringAsync(new Uri("/Admin/Categories/Edit/consumer", UriKind.Relative));
        Assert.Contains("2027-06-01 研修日", edit, StringComparison.Ordinal);
        using var resident = app.CreateClient();
        Assert.Contains("消費生活", await resident.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        var consult = await resident.GetStringAsync(new Uri("/Resident/Consult/consumer", UriKind.Relative));
        Assert.Contains("消費生活センターです。", consult, StringComparison.Ordinal);
        Assert.Contains("8:30〜17:15", consult.Replace("08:30", "8:30", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_form_is_refused_in_Japanese_and_keeps_what_was_typed()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);

        var response = await admin.PostFormAsync("/Admin/Categories/Create", Form("marriage", "婚活", tuesdayCloses: "08:00"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("火曜日: 受付終了は受付開始より後の時刻にしてください。", html, StringComparison.Ordinal);
        Assert.Contains("value=\"婚活\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("marriage", await admin.GetStringAsync(new Uri("/Admin/Categories", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Admin/Categories")]
    [InlineData("/Admin/Categories/Create")]
    [InlineData("/Admin/Notices")]
    public async Task Counselors_are_refused_the_admin_pages(string path)
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var response = await counselor.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
