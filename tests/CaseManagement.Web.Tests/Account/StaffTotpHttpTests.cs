using System.Net;
using CaseManagement.Core.Common.Security;
using CaseManagement.Testing.Database;
using CaseManagement.Testing.Web;
using CaseManagement.Web.Tests.Admin;
using Npgsql;

namespace CaseManagement.Web.Tests.Account;

/// <summary>Staff TOTP over real HTTP: enrolment with a code, sign-in asking for the code after the password, wrong codes
/// refused and counted towards the lockout, recovery codes good once, and an admin's reset.</summary>
public sealed class StaffTotpHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task An_enrolled_member_signs_in_with_the_password_and_then_a_fresh_code()
    {
        var id = await app.CreateStaffAsync("kato", [Roles.Counselor], ["child"]);
        using var enrolling = app.CreateClient();
        await enrolling.SignInAsync(("kato", StaffAdminHttp.Password));
        var key = await enrolling.EnrolmentKeyAsync();
        var wrong = await enrolling.ConfirmEnrolmentAsync(Rfc6238.WrongCode(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("コードが正しくありません。", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await enrolling.ConfirmEnrolmentAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow))).StatusCode);
        using var client = app.CreateClient();

        var password = await client.SignInAsync(("kato", StaffAdminHttp.Password));

        Assert.Equal("/Account/TwoFactor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Desk", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Account/Authenticator", UriKind.Relative))).StatusCode);
        var refused = await client.SubmitCodeAsync(Rfc6238.WrongCode(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("コードが正しくありません。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var accepted = await client.SubmitCodeAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal("/Desk", accepted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Desk", UriKind.Relative))).StatusCode);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM audit_log WHERE action = 'RecordStaffTotpEnrolled' AND actor = 'staff:{id}' AND target = 'staff:{id}'"));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await app.CreateStaffAsync("kimura", [Roles.Auditor], []);
        using var enrolling = app.CreateClient();
        await enrolling.SignInAsync(("kimura", StaffAdminHttp.Password));
        var (_, recovery) = await enrolling.EnrolAsync();

        using var first = app.CreateClient();
        await first.SignInAsync(("kimura", StaffAdminHttp.Password));
        var used = await first.SubmitRecoveryCodeAsync(recovery[3]);
        using var second = app.CreateClient();
        await second.SignInAsync(("kimura", StaffAdminHttp.Password));
        var reused = await second.SubmitRecoveryCodeAsync(recovery[3]);

        Assert.Equal("/Audit", used.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("コードが正しくありません。", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_even_against_the_right_code()
    {
        await app.CreateStaffAsync("hayashi", [Roles.Counselor], ["child"]);
        using var enrolling = app.CreateClient();
        await enrolling.SignInAsync(("hayashi", StaffAdminHttp.Password));
        var (key, _) = await enrolling.EnrolAsync();
        using var client = app.CreateClient();
        await client.SignInAsync(("hayashi", StaffAdminHttp.Password));

        for (var i = 0; i < 5; i++)
        {
            await client.SubmitCodeAsync(Rfc6238.WrongCode(key, DateTimeOffset.UtcNow));
        }

        var locked = await client.SubmitCodeAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("ロックされています", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_admins_reset_the_member_signs_in_with_the_password_and_may_enrol_again()
    {
        var id = await app.CreateStaffAsync("yamamoto", [Roles.Counselor], ["child"]);
        using var enrolling = app.CreateClient();
        await enrolling.SignInAsync(("yamamoto", StaffAdminHttp.Password));
        await enrolling.EnrolAsync();
        Assert.Contains("totp-already", await enrolling.GetStringAsync(new Uri("/Account/Authenticator", UriKind.Relative)), StringComparison.Ordinal);
        using var admin = await app.AdminClientAsync();
        Assert.Contains("設定済み", await admin.GetStringAsync(new Uri($"/Admin/Staff/Edit/{id}", UriKind.Relative)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostStaffActionAsync(id, "ResetTotp")).StatusCode);

        Assert.Contains("未設定", await admin.GetStringAsync(new Uri($"/Admin/Staff/Edit/{id}", UriKind.Relative)), StringComparison.Ordinal);
        using var client = app.CreateClient();
        Assert.Equal("/Desk", (await client.SignInAsync(("yamamoto", StaffAdminHttp.Password))).Headers.Location!.OriginalString);
        Assert.NotEmpty(await client.EnrolmentKeyAsync());
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM audit_log WHERE action = 'ResetStaffTotp' AND target = 'staff:{id}'"));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}

/// <summary>The app with <c>CaseManagement:Security:RequireStaffTotp</c> on.</summary>
public sealed class RequireStaffTotpApp(TestPostgres postgres) : TestApp(postgres, new Dictionary<string, string?>
{
    ["CaseManagement:Security:RequireStaffTotp"] = "true",
});

/// <summary>With the setting on, a member without an authenticator is sent to enrol after the password and can open
/// nothing else until enrolled.</summary>
public sealed class RequiredStaffTotpTests(RequireStaffTotpApp app) : IClassFixture<RequireStaffTotpApp>
{
    [Fact]
    public async Task A_member_without_an_authenticator_must_enrol_before_anything_else()
    {
        using var client = app.CreateClient();

        var password = await client.SignInAsync(DemoAccounts.Counselor);

        Assert.Equal("/Account/Authenticator", password.Headers.Location!.OriginalString);
        var desk = await client.GetAsync(new Uri("/Desk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.StartsWith("/Account/Login", desk.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var (key, recovery) = await client.EnrolAsync();
        Assert.Equal(10, recovery.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Desk", UriKind.Relative))).StatusCode);

        using var next = app.CreateClient();
        Assert.Equal("/Account/TwoFactor", (await next.SignInAsync(DemoAccounts.Counselor)).Headers.Location!.OriginalString);
        Assert.Equal("/Desk", (await next.SubmitCodeAsync(Rfc6238.Code(key, DateTimeOffset.UtcNow))).Headers.Location!.OriginalString);
    }
}
