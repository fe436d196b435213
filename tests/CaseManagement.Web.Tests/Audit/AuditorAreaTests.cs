using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;
using CsvHelper;
using Npgsql;

namespace CaseManagement.Web.Tests.Audit;

/// <summary>The auditor reads everything and changes nothing: every staff endpoint refuses the auditor's POST; a case
/// opened at the desk leaves read rows the auditor finds on the case's history page; search results leave as CSV
/// (read back with CsvHelper) and as PDF with the Japanese font embedded, and each export is itself audited.</summary>
public sealed partial class AuditorAreaTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string> StaffEndpoints => new()
    {
        "/Desk?handler=Claim", "/Desk/Task/{task}?handler=Claim", "/Desk/Task/{task}?handler=Reply", "/Desk/Task/{task}?handler=Release",
        "/Desk/Task/{task}?handler=Complete", "/Desk/Task/{task}?handler=Attributes", "/api/tasks/{task}/complete", "/Admin", "/Audit",
    };

    [Theory]
    [MemberData(nameof(StaffEndpoints))]
    public async Task An_auditors_post_to_a_staff_endpoint_is_refused_and_changes_nothing(string endpoint)
    {
        var (_, taskId) = await StartCaseAsync("監査担当は変更できません。");
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);
        var url = endpoint.Replace("{task}", taskId, StringComparison.Ordinal);
        // The auditor's own pages post nothing; the sign-in page gives a valid antiforgery token for the signed-in auditor.

        var response = url.StartsWith("/api/", StringComparison.Ordinal)
            ? await auditor.PostAsJsonAsync(url, new { revision = 1, variables = new { followUp = false } })
            : await auditor.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["taskId"] = taskId, ["Reply"] = "監査担当の返信", ["ConsultationType"] = "other" }, actionUrl: url);

        var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal));
        Assert.True(refused, $"{url}: {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(("open", (string?)null, 0L), await TaskStateAsync(taskId));
    }

    [Fact]
    public async Task Opening_a_case_at_the_desk_leaves_read_rows_the_auditor_sees_on_the_case_history()
    {
        var (caseNumber, taskId) = await StartCaseAsync("夜間の相談です。監査で閲覧記録を確認します。");
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        Assert.Equal(HttpStatusCode.OK, (await counselor.GetAsync(new Uri($"/Desk/Task/{taskId}", UriKind.Relative))).StatusCode);

        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                SELECT count(*) FROM audit_log a JOIN cases c ON a.target = 'case:' || c.id
                WHERE c.case_number = $1 AND a.kind = 'read' AND a.action = 'GetCaseConsultation' AND a.actor LIKE 'staff:%'
                  AND a.actor_role = 'Counselor' AND a.ip = '127.0.0.1' AND a.outcome = 'succeeded'
                """, conn) { Parameters = { new() { Value = caseNumber } } };
            Assert.Equal(1L, (long)(await cmd.ExecuteScalarAsync())!);
        }

        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);
        var history = await auditor.GetStringAsync(new Uri($"/Audit/Case/{caseNumber}", UriKind.Relative));
        var views = Section().Match(history).Groups[1].Value;
        Assert.Contains("GetCaseConsultation", views, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", views, StringComparison.Ordinal);
        Assert.Contains("夜間の相談です。監査で閲覧記録を確認します。", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_export_as_a_csv_that_csvhelper_reads_back_and_the_export_is_audited()
    {
        var (caseNumber, taskId) = await StartCaseAsync("CSV に出力される相談です。");
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);
        await counselor.GetAsync(new Uri($"/Desk/Task/{taskId}", UriKind.Relative));
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);

        var response = await auditor.GetAsync(new Uri($"/Audit?handler=Export&format=Csv&CaseNumber={caseNumber}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = new List<string[]>();
        using (var reader = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false }, leaveOpen: false))
        {
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
            }
        }

        Assert.Equal(["ID", "日時", "種別", "操作者", "氏名", "役割", "IP アドレス", "ユーザーエージェント", "操作", "対象", "結果", "詳細"], rows[0]);
        Assert.Contains(rows, r => r[2] == "閲覧" && r[8] == "GetCaseConsultation" && r[5] == "Counselor" && r[10] == "成功");
        Assert.Contains(rows, r => r[2] == "操作" && r[8] == "StartConsultation" && r[11] == "category:child");
        Assert.All(rows.Skip(1), r => Assert.Matches("^(case|task):", r[9]));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM audit_log WHERE action = 'ExportAuditLog' AND kind = 'command' AND outcome = 'succeeded' AND target LIKE 'audit-export:csv:case=' || $1", caseNumber));
    }

    [Fact]
    public async Task Search_results_export_as_a_pdf_with_the_japanese_font_embedded_and_its_text_mapped_back()
    {
        var (caseNumber, _) = await StartCaseAsync("PDF に出力される相談です。");
        using var auditor = app.CreateClient();
        await auditor.SignInAsync(DemoAccounts.Auditor);

        var response = await auditor.GetAsync(new Uri($"/Audit?handler=Export&format=Pdf&CaseNumber={caseNumber}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Matches(@"/FontFile[23]?\b", raw);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+(IPAexGothic|Noto)", raw);
        // the title 監査ログ is drawn in that font, and its ToUnicode map turns the glyphs back into 監 (U+76E3) and 査 (U+67FB)
        var streams = string.Concat(Streams(pdf));
        Assert.Contains("<76E3>", streams.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("<67FB>", streams.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM audit_log WHERE action = 'ExportAuditLog' AND target LIKE 'audit-export:pdf:case=' || $1", caseNumber));
    }

    // A resident consults (real HTTP); returns the new case's number and its open task.
    private async Task<(string CaseNumber, string TaskId)> StartCaseAsync(string message)
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = message, ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.case_number, t.id::text FROM case_messages m JOIN cases c ON c.id = m.case_id
            JOIN wf_user_tasks t ON t.instance_id = c.workflow_instance_id WHERE m.body = $1
            """, conn) { Parameters = { new() { Value = message } } };
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the consultation was not stored");
        return (reader.GetString(0), reader.GetString(1));
    }

    private async Task<(string Status, string? Assignee, long StaffMessages)> TaskStateAsync(string taskId)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT t.status, t.assignee, (SELECT count(*) FROM case_messages m JOIN cases c ON c.id = m.case_id
                                          WHERE c.workflow_instance_id = t.instance_id AND m.author_kind = 'staff')
            FROM wf_user_tasks t WHERE t.id = $1::uuid
            """, conn) { Parameters = { new() { Value = taskId } } };
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2));
    }

    private async Task<long> ScalarAsync(string sql, string arg)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
#pragma warning disable CA2100 // test SQL, values as parameters
        await using var cmd = new NpgsqlCommand(sql, conn) { Parameters = { new() { Value = arg } } };
#pragma warning restore CA2100
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    // Every stream of the PDF, inflated when it is compressed.
    private static IEnumerable<string> Streams(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match m in StreamBody().Matches(text))
        {
            var body = Encoding.Latin1.GetBytes(m.Groups[2].Value);
            if (!m.Groups[1].Value.Contains("FlateDecode", StringComparison.Ordinal))
            {
                yield return Encoding.Latin1.GetString(body);
                continue;
            }

            using var inflated = new MemoryStream();
            try
            {
                using var z = new ZLibStream(new MemoryStream(body), CompressionMode.Decompress);
                z.CopyTo(inflated);
            }
            catch (InvalidDataException)
            {
                continue;
            }

            yield return Encoding.Latin1.GetString(inflated.ToArray());
        }
    }

    [GeneratedRegex(@"<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex StreamBody();

    [GeneratedRegex("data-testid=\"views\">(.*?)</table>", RegexOptions.Singleline)]
    private static partial Regex Section();
}
