using System.Net;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Tests.Resident;

namespace CaseManagement.Web.Tests.Desk;

/// <summary>Over real HTTP: an internal note is on the staff's workspace and never on the resident's page; the admins'
/// assignment page; refused page sizes and modes answer in Japanese.</summary>
public sealed class NotesAndAssignmentHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_internal_note_shows_on_the_workspace_and_never_on_the_residents_page()
    {
        var started = await app.SendAsync(new SystemActor(), new StartConsultation("child", "家庭のことで相談です。", TestPin.Default));
        var hanako = await app.DemoStaffAsync("相談 花子", Roles.Counselor);
        var task = Assert.Single(await app.SendAsync(hanako, new ListOpenTasksOfCase(started.CaseId)));
        using var staff = app.CreateClient();
        await staff.SignInAsync(DemoAccounts.Counselor);

        var posted = await staff.PostFormAsync($"/Desk/Task/{task.TaskId}", new Dictionary<string, string> { ["NoteBody"] = "内部メモ：祖母が同居、要確認" },
            $"/Desk/Task/{task.TaskId}?handler=Note");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("内部メモ：祖母が同居、要確認", await staff.GetStringAsync(new Uri($"/Desk/Task/{task.TaskId}", UriKind.Relative)), StringComparison.Ordinal);
        using var resident = app.CreateClient();
        var link = $"/Resident/Consultation/{started.AccessToken}";
        Assert.Equal(HttpStatusCode.Redirect, (await resident.EnterPinAsync(link, TestPin.Default)).StatusCode);
        var residentPage = await resident.GetStringAsync(new Uri(link, UriKind.Relative));
        Assert.Contains("家庭のことで相談です。", residentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("祖母が同居", residentPage, StringComparison.Ordinal);
        Assert.DoesNotContain("内部メモ", residentPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sets_round_robin_and_the_next_consultation_goes_to_the_counselor_at_their_desk()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var duty = await counselor.PostFormAsync("/Desk", new Dictionary<string, string> { ["onDuty"] = "true" }, "/Desk?handler=Duty");
        var saved = await admin.PostFormAsync("/Admin/Categories/Assignment",
            new Dictionary<string, string> { ["CategoryCode"] = "maternity", ["Mode"] = "round-robin" });
        var started = await app.SendAsync(new SystemActor(), new StartConsultation("maternity", "自動割当の確認です。", TestPin.Default));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (duty.StatusCode, saved.StatusCode));
        Assert.Contains("在席中", await counselor.GetStringAsync(new Uri("/Desk", UriKind.Relative)), StringComparison.Ordinal);
        var mine = await counselor.GetStringAsync(new Uri("/Desk?Assignee=Mine", UriKind.Relative));
        Assert.Contains($"data-case-number=\"{started.CaseNumber}\"", mine, StringComparison.Ordinal);
        var page = await admin.GetStringAsync(new Uri("/Admin/Categories/Assignment", UriKind.Relative));
        Assert.Contains("<option value=\"round-robin\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_mode_or_page_size_is_answered_in_japanese()
    {
        using var admin = app.CreateClient();
        await admin.SignInAsync(DemoAccounts.Admin);
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var refused = await admin.PostFormAsync("/Admin/Categories/Assignment", new Dictionary<string, string> { ["CategoryCode"] = "child", ["Mode"] = "lottery" });
        var queue = await counselor.GetAsync(new Uri("/Desk?Size=30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("割当方法は「なし」「順番（ラウンドロビン）」「担当件数の少ない順」から選んでください。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("1ページの件数は 25・50・100 から選んでください。", await queue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
