using CaseManagement.Features.Binding;
using CaseManagement.Testing.Pages;
using CaseManagement.Testing.Web;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace CaseManagement.Features.Steps;

/// <summary>The auditor checks the chain and a case's history; the database owner plays the one who tampers.</summary>
public sealed class AuditSteps(ScenarioContext context)
{
    private long tamperedId;
    private string? originalIp;

    private string CaseNumber => ScenarioContext.Require(context.CaseNumber, "受付番号");

    [Step("^監査担当がサインインしている$")]
    public async Task SignedIn() => await new LoginPage(await context.AuditorAsync()).SignInAsync(DemoAccounts.Auditor);

    [Step("^監査担当が監査ログの連鎖を検証する$")]
    public async Task Verify() => await new AuditPage(await context.AuditorAsync()).VerifyChainAsync();

    [Step("^監査画面に「(.+)」と表示される$")]
    public async Task Shown(string text) => await Expect(new AuditPage(await context.AuditorAsync()).Verification).ToContainTextAsync(text);

    [Step("^データベースの所有者がその相談の受付の監査記録の IP アドレスを書き換える$")]
    public async Task Tamper()
    {
        await using var conn = new NpgsqlConnection(context.App.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            UPDATE audit_log a SET ip = '203.0.113.66' FROM cases c, (SELECT id, ip FROM audit_log) old
            WHERE c.case_number = $1 AND a.target = 'case:' || c.id AND a.action = 'StartConsultation' AND old.id = a.id
            RETURNING a.id, old.ip
            """, conn) { Parameters = { new() { Value = CaseNumber } } };
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "受付の監査記録が見つかりません");
        (tamperedId, originalIp) = (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    [Step("^監査画面に書き換えられた行の ID が改ざんとして表示される$")]
    public async Task TamperingNamed()
    {
        var verification = new AuditPage(await context.AuditorAsync()).Verification;
        await Expect(verification).ToHaveAttributeAsync("data-intact", "false");
        await Expect(verification).ToHaveAttributeAsync("data-broken-id", tamperedId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(verification).ToContainTextAsync($"ID {tamperedId} の行が書き換えられています");
    }

    [Step("^データベースの所有者が書き換えを元に戻す$")]
    public async Task Restore()
    {
        await using var conn = new NpgsqlConnection(context.App.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE audit_log SET ip = $2 WHERE id = $1", conn)
        {
            Parameters = { new() { Value = tamperedId }, new() { Value = (object?)originalIp ?? DBNull.Value } },
        };
        Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
    }

    [Step("^監査担当がその相談の全履歴を開く$")]
    public async Task OpenHistory() => await new AuditPage(await context.AuditorAsync()).OpenCaseHistoryAsync(CaseNumber);

    [Step("^職員による閲覧に相談員の閲覧が記録されている$")]
    public async Task CounselorViewListed()
    {
        var views = new AuditPage(await context.AuditorAsync()).StaffViews;
        await Expect(views.Filter(new() { HasText = "GetCaseConsultation" }).Filter(new() { HasText = "Counselor" }).First).ToBeVisibleAsync();
    }
}
