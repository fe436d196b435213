using System.Net;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Identity;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Web.Tests.Admin;

/// <summary>The admin's staff pages over real HTTP: a created counselor works their category's queue, role changes and
/// disabling apply at once, bad input and the self-lockout guards are refused in Japanese and change nothing.</summary>
public sealed class StaffAdminHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_admin_creates_a_counselor_who_then_works_only_their_categorys_queue()
    {
        using var admin = await app.AdminClientAsync();
        Assert.Contains("/Admin/Staff", await admin.GetStringAsync(new Uri("/Admin", UriKind.Relative)), StringComparison.Ordinal);

        var created = await admin.PostFormFieldsAsync("/Admin/Staff/Create", StaffAdminHttp.NewStaff("sato", StaffAdminHttp.Password, [Roles.Counselor], ["maternity"]));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync(new Uri("/Admin/Staff", UriKind.Relative));
        Assert.Contains("data-user-name=\"sato\"", list, StringComparison.Ordinal);
        Assert.Contains("職員 sato", list, StringComparison.Ordinal);
        Assert.Contains("妊産婦・育児相談", list, StringComparison.Ordinal);
        using var sato = app.CreateClient();
        var signedIn = await sato.SignInAsync(("sato", StaffAdminHttp.Password));
        Assert.Equal("/Desk", signedIn.Headers.Location!.OriginalString);
        await FirstSignInChangesThePasswordAsync(sato, "/Desk");
        var desk = await sato.GetStringAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Contains("data-queue=\"maternity\"", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("data-queue=\"child\"", desk, StringComparison.Ordinal);
        var id = (await app.StaffAccountAsync("sato"))!.Id;
        Assert.Equal(1L, await AuditRowsAsync("RegisterStaffMember", id));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Japanese_and_creates_nothing()
    {
        using var admin = await app.AdminClientAsync();

        var duplicate = await admin.PostFormFieldsAsync("/Admin/Staff/Create", StaffAdminHttp.NewStaff("counselor", StaffAdminHttp.Password, [Roles.Counselor], []));
        var weak = await admin.PostFormFieldsAsync("/Admin/Staff/Create", StaffAdminHttp.NewStaff("weakling", "short", [Roles.Counselor], []));
        var noRole = await admin.PostFormFieldsAsync("/Admin/Staff/Create", StaffAdminHttp.NewStaff("roleless", StaffAdminHttp.Password, [], ["child"]));

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("ユーザー名「counselor」はすでに使われています。", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var weakPage = await weak.Content.ReadAsStringAsync();
        Assert.Contains("パスワードは10文字以上にしてください。", weakPage, StringComparison.Ordinal);
        Assert.Contains("パスワードには英大文字を1文字以上含めてください。", weakPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Contains("役割を一つ以上選んでください。", await noRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.StaffAccountAsync("weakling"));
        Assert.Null(await app.StaffAccountAsync("roleless"));
        var list = await admin.GetStringAsync(new Uri("/Admin/Staff", UriKind.Relative));
        Assert.DoesNotContain("roleless", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_applies_to_the_members_open_session()
    {
        var id = await app.CreateStaffAsync("suzuki", [Roles.Counselor], ["child"]);
        using var suzuki = app.CreateClient();
        await suzuki.SignInAsync(("suzuki", StaffAdminHttp.Password));
        Assert.NotEqual(HttpStatusCode.OK, (await suzuki.GetAsync(new Uri("/Audit", UriKind.Relative))).StatusCode);
        using var admin = await app.AdminClientAsync();

        var changed = await admin.ChangeAccessAsync(id, "鈴木 監査", [Roles.Auditor], []);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await suzuki.GetAsync(new Uri("/Audit", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await suzuki.GetAsync(new Uri("/Desk", UriKind.Relative))).StatusCode);
        var edit = await admin.GetStringAsync(new Uri($"/Admin/Staff/Edit/{id}", UriKind.Relative));
        Assert.Contains("鈴木 監査", edit, StringComparison.Ordinal);
        Assert.Equal(1L, await AuditRowsAsync("ChangeStaffAccess", id));
    }

    [Fact]
    public async Task A_disabled_member_loses_their_session_and_cannot_sign_in_until_enabled()
    {
        var id = await app.CreateStaffAsync("tanaka", [Roles.Counselor], ["child"]);
        using var tanaka = app.CreateClient();
        await tanaka.SignInAsync(("tanaka", StaffAdminHttp.Password));
        Assert.Equal(HttpStatusCode.OK, (await tanaka.GetAsync(new Uri("/Desk", UriKind.Relative))).StatusCode);
        using var admin = await app.AdminClientAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostStaffActionAsync(id, "Disable")).StatusCode);

        var open = await tanaka.GetAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.StartsWith("/Account/Login", open.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var again = app.CreateClient();
        var refused = await again.SignInAsync(("tanaka", StaffAdminHttp.Password));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("無効", await admin.GetStringAsync(new Uri($"/Admin/Staff/Edit/{id}", UriKind.Relative)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostStaffActionAsync(id, "Enable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(("tanaka", StaffAdminHttp.Password))).StatusCode);
        Assert.Equal(2L, await AuditRowsAsync("SetStaffEnabled", id));
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_nor_disable_themselves()
    {
        var adminId = (await app.StaffAccountAsync(DemoAccounts.Admin.UserName))!.Id;
        using var admin = await app.AdminClientAsync();

        var dropRole = await admin.ChangeAccessAsync(adminId, "システム 管理者", [Roles.Auditor], []);
        var disable = await admin.PostStaffActionAsync(adminId, "Disable");

        Assert.Equal(HttpStatusCode.BadRequest, dropRole.StatusCode);
        Assert.Contains("自分自身の管理者の役割は外せません。", await dropRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Contains("自分自身のアカウントは無効にできません。", await disable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/Admin/Staff", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_last_active_admin_keeps_the_role_and_stays_enabled()
    {
        var adminId = (await app.StaffAccountAsync(DemoAccounts.Admin.UserName))!.Id;
        await using var scope = app.Services.CreateAsyncScope();
        // The platform acting (not an admin itself), so the demo admin is the only active one.
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

        var disable = await Assert.ThrowsAsync<ValidationException>(() => accounts.SetEnabledAsync(adminId, enabled: false, CancellationToken.None));
        var dropRole = await Assert.ThrowsAsync<ValidationException>(() => accounts.ChangeAccessAsync(adminId, "システム 管理者", [Roles.Auditor], [], CancellationToken.None));

        Assert.Contains("有効な管理者が他にいないため", disable.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("有効な管理者が他にいないため", dropRole.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        using var admin = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoAccounts.Admin)).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_replaces_the_old_password_and_refuses_a_weak_one_in_Japanese()
    {
        var id = await app.CreateStaffAsync("ito", [Roles.Supervisor], ["child"]);
        using var admin = await app.AdminClientAsync();

        var weak = await admin.PostStaffActionAsync(id, "ResetPassword", "password");
        var reset = await admin.PostStaffActionAsync(id, "ResetPassword", "Renewed#2026pw");

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("パスワードには数字を1文字以上含めてください。", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var ito = app.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await ito.SignInAsync(("ito", StaffAdminHttp.Password))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ito.SignInAsync(("ito", "Renewed#2026pw"))).StatusCode);
        Assert.Equal(1L, await AuditRowsAsync("ResetStaffPassword", id));
        // The admin knows the new password too: the member replaces it before anything else.
        var desk = await ito.GetAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Equal("/Account/ChangePassword?ReturnUrl=%2FDesk", desk.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_new_member_chooses_their_own_password_before_anything_else_and_bad_choices_are_refused_in_Japanese()
    {
        using var admin = await app.AdminClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormFieldsAsync("/Admin/Staff/Create",
            StaffAdminHttp.NewStaff("watanabe", StaffAdminHttp.Password, [Roles.Auditor], []))).StatusCode);
        using var member = app.CreateClient();
        Assert.Equal("/Audit", (await member.SignInAsync(("watanabe", StaffAdminHttp.Password))).Headers.Location!.OriginalString);

        var audit = await member.GetAsync(new Uri("/Audit", UriKind.Relative));
        var api = await member.GetAsync(new Uri("/api/workflows", UriKind.Relative));
        var page = await member.GetStringAsync(new Uri("/Account/ChangePassword", UriKind.Relative));

        Assert.Equal("/Account/ChangePassword?ReturnUrl=%2FAudit", audit.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("管理者が設定したパスワードでサインインしました。", page, StringComparison.Ordinal);
        foreach (var (current, next, confirm, message) in new[]
                 {
                     ("Wrong#2026pw", "Mine#2026secret", "Mine#2026secret", "現在のパスワードが正しくありません。"),
                     (StaffAdminHttp.Password, "Mine#2026secret", "Mine#2026secreT", "新しいパスワードが確認欄と一致しません。"),
                     (StaffAdminHttp.Password, StaffAdminHttp.Password, StaffAdminHttp.Password, "新しいパスワードには、現在のものと違うパスワードを指定してください。"),
                     (StaffAdminHttp.Password, "short", "short", "パスワードは10文字以上にしてください。"),
                 })
        {
            var refused = await member.ChangePasswordAsync(current, next, confirm);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.True((await app.StaffAccountAsync("watanabe"))!.MustChangePassword);
        await FirstSignInChangesThePasswordAsync(member, "/Audit");
        using var later = app.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await later.SignInAsync(("watanabe", StaffAdminHttp.Password))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await later.SignInAsync(("watanabe", "Mine#2026secret"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync(new Uri("/Audit", UriKind.Relative))).StatusCode);
        Assert.Equal(1L, await AuditRowsAsync("RecordStaffPasswordChanged", (await app.StaffAccountAsync("watanabe"))!.Id));
    }

    // Signed in with the admin's password: every staff page leads to the change, which then opens the member's area.
    private static async Task FirstSignInChangesThePasswordAsync(HttpClient member, string area)
    {
        var held = await member.GetAsync(new Uri(area, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.StartsWith("/Account/ChangePassword", held.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var changed = await member.ChangePasswordAsync(StaffAdminHttp.Password, "Mine#2026secret");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(area, changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(new Uri(area, UriKind.Relative))).StatusCode);
    }

    private async Task<long> AuditRowsAsync(string action, Guid staffId)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT count(*) FROM audit_log WHERE action = $1 AND target = $2 AND outcome = 'succeeded' AND actor LIKE 'staff:%'", conn)
        {
            Parameters = { new() { Value = action }, new() { Value = "staff:" + staffId } },
        };
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
