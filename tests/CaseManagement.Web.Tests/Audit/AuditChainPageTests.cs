using System.Net;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Web;
using Npgsql;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>The Audit page checks the hash chain on request and names the first broken row after the owner tampered
/// with one (a database of its own: the tampering stays).</summary>
public sealed partial class AuditChainPageTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task The_audit_page_shows_an_intact_chain_and_then_the_row_the_owner_altered()
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "改ざん検知の画面確認" });
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);

        var before = await auditor.GetStringAsync(new Uri("/Audit?handler=Verify", UriKind.Relative));
        Assert.Equal("true", Verification().Match(before).Groups["intact"].Value);
        Assert.Contains("連鎖は正常です", before, StringComparison.Ordinal);

        long victim;
        await using (var owner = new NpgsqlConnection(app.OwnerConnectionString))
        {
            await owner.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                "UPDATE audit_log SET outcome = 'succeeded', detail = NULL WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'StartConsultation') RETURNING id", owner);
            victim = (long)(await cmd.ExecuteScalarAsync())!;
        }

        var response = await auditor.GetAsync(new Uri("/Audit?handler=Verify", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = Verification().Match(await response.Content.ReadAsStringAsync());
        Assert.Equal(("false", victim.ToString(System.Globalization.CultureInfo.InvariantCulture)), (after.Groups["intact"].Value, after.Groups["id"].Value));
        Assert.Contains($"ID {victim} の行が書き換えられています", after.Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"verification\" data-intact=\"(?<intact>\\w+)\"(?: data-broken-id=\"(?<id>\\d*)\")?>.*?</p>", RegexOptions.Singleline)]
    private static partial Regex Verification();
}
