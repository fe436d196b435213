using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Consultations;
using CaseManagement.Core.DataLifecycle;
using CaseManagement.Core.Residents;
using CaseManagement.Core.Residents.SignIn;
using CaseManagement.Core.Tasks;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Files;
using CsvHelper;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseManagement.Core.Tests.DataLifecycle;

/// <summary>The full export holds every documented file with the counts its manifest states; the deletion of all
/// personal data needs the municipality's name, leaves none of a resident's data in any table, and its certificate
/// verifies with the public key alone (and not once changed).</summary>
public sealed class ExportAndDeletionTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static readonly string[] Planted =
        ["秘密の相談内容ABC123", "職員の返信XYZ789", "北地区QWE", "taro.deletion@example.jp", "削除 太郎", "Udeletion0001", "内部メモNOTE456", "タグTAG789", "添付ATT321.png"];

    private readonly TestActor admin = TestActor.Staff("管理 三郎", Roles.Admin);

    [Fact]
    public async Task The_full_export_is_a_zip_of_the_documented_files_with_the_counts_of_its_manifest()
    {
        var caseId = await PlantAsync();

        var file = await host.SendAsync(admin, new ExportMunicipalData());

        Assert.Equal("application/zip", file.ContentType);
        using var zip = new ZipArchive(new MemoryStream(file.Content));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Superset(ExportTable.All.Select(t => t.File).Append("manifest.json").Append("workflow_definitions/consultation_v1.bpmn").ToHashSet(), names);
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        Assert.Equal("casemanagement-export", manifest.RootElement.GetProperty("format").GetString());
        foreach (var entry in manifest.RootElement.GetProperty("files").EnumerateArray().Where(f => f.GetProperty("rows").ValueKind == JsonValueKind.Number))
        {
            var rows = Csv(Read(zip, entry.GetProperty("name").GetString()!));
            Assert.Equal(entry.GetProperty("rows").GetInt64(), rows.Count - 1);
        }

        var messages = Csv(Read(zip, "messages.csv"));
        Assert.Equal(["id", "case_id", "author_kind", "author_staff_id", "body", "sent_at"], messages[0]);
        Assert.Contains(messages, m => m[1] == caseId.ToString() && m[4] == "秘密の相談内容ABC123");
        var cases = Csv(Read(zip, "cases.csv"));
        Assert.DoesNotContain("access_token_hash", cases[0]);
        var audit = Csv(Read(zip, "audit_log.csv"));
        Assert.Equal(["prev_hash", "hash"], audit[0][^2..]);
        Assert.Contains("<bpmn:definitions", Read(zip, "workflow_definitions/consultation_v1.bpmn"), StringComparison.Ordinal);
        Assert.Contains(Csv(Read(zip, "case_notes.csv")), n => n[1] == caseId.ToString() && n[3] == "内部メモNOTE456");
        Assert.Contains(Csv(Read(zip, "case_tags.csv")), t => t[0] == caseId.ToString() && t[1] == "タグTAG789");
        var attachment = Assert.Single(Csv(Read(zip, "attachments.csv")), a => a[1] == caseId.ToString());
        Assert.Equal("添付ATT321.png", attachment[3]);
        Assert.Equal(SampleFiles.Png, Bytes(zip, attachment[8]));
        Assert.Contains(attachment[8], manifest.RootElement.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ExportMunicipalData) && a.Actor == "staff:" + admin.StaffId)));
    }

    [Fact]
    public async Task Only_admins_may_export_or_delete()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Auditor, new ExportMunicipalData()));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Ichiro, new DeleteAllPersonalData("デモ市")));
    }

    [Fact]
    public async Task Deleting_all_personal_data_needs_the_municipality_name_and_then_leaves_none_in_any_table()
    {
        await PlantAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() => host.SendAsync(admin, new DeleteAllPersonalData("削除")));
        Assert.Contains("「デモ市」", Assert.Single(refused.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.NotEmpty(await OccurrencesAsync());

        var signed = await host.SendAsync(admin, new DeleteAllPersonalData("デモ市"));

        Assert.Empty(await OccurrencesAsync());
        Assert.Equal(0, await host.QueryAsync(db => db.CaseMessages.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.Residents.CountAsync()));
        Assert.True(await host.QueryAsync(db => db.Cases.AnyAsync()), "cases stay as anonymised statistics");
        Assert.True(signed.Certificate.Deleted["case_messages"] >= 2);
        Assert.True(signed.Certificate.Deleted["residents"] >= 1);
        Assert.True(signed.Certificate.Deleted["case_attachments"] >= 1);
        Assert.Equal(0, await host.QueryAsync(db => db.CaseAttachments.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.CaseReadMarks.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.ResidentSignInCodes.CountAsync()));
        Assert.False(await host.QueryAsync(db => db.Cases.AnyAsync(c => c.PinHash != null)), "no PIN hash stays");
        Assert.True(signed.Certificate.Anonymised["wf_history.data"] >= 1);
        Assert.True(await host.QueryAsync(db => db.WorkflowHistory.AnyAsync(h => h.Kind == "VariablesChanged" && h.Data == null)), "the path stays, without the values");
        Assert.Equal(("デモ市", "staff:" + admin.StaffId), (signed.Certificate.Municipality, signed.Certificate.DeletedBy));
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(DeleteAllPersonalData) && a.Outcome == "succeeded")));
        Assert.True((await host.SendAsync(host.Auditor, new Core.Audit.VerifyAuditChain())).Intact);
    }

    [Fact]
    public async Task The_certificate_verifies_with_its_public_key_and_fails_once_changed()
    {
        var signed = await host.SendAsync(admin, new DeleteAllPersonalData("デモ市"));

        Assert.True(DeletionCertificateSigner.Verify(signed));
        var forgedPayload = Encoding.UTF8.GetString(Convert.FromBase64String(signed.Payload)).Replace("\"residents\":", "\"residentsX\":", StringComparison.Ordinal);
        Assert.False(DeletionCertificateSigner.Verify(signed with { Payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(forgedPayload)) }));
        Assert.False(DeletionCertificateSigner.Verify(signed with { Certificate = signed.Certificate with { Municipality = "別の市" } }));
        Assert.Equal(host.Services.GetRequiredService<DeletionCertificateSigner>().PublicKeyFingerprint(), signed.KeyFingerprint);

        var files = DeletionCertificateFiles.Zip(signed);
        using var zip = new ZipArchive(new MemoryStream(files.Content));
        var json = JsonSerializer.Deserialize<SignedDeletionCertificate>(Read(zip, "certificate.json"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.True(DeletionCertificateSigner.Verify(json));
        using var pdf = zip.GetEntry("certificate.pdf")!.Open();
        using var pdfBytes = new MemoryStream();
        pdf.CopyTo(pdfBytes);
        Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(pdfBytes.ToArray()[..5]), StringComparison.Ordinal);
    }

    // A resident named on a case, a consultation, a staff reply and a free-text 地区: personal data in every place.
    private async Task<Guid> PlantAsync()
    {
        var started = await host.SendAsync(TestActor.Resident, new StartConsultation("child", "秘密の相談内容ABC123", TestPin.Default));
        var task = (await host.SendAsync(host.Hanako, new ListDeskQueue())).Single(t => t.CaseId == started.CaseId);
        await host.SendAsync(host.Hanako, new ClaimTask(task.TaskId));
        await host.SendAsync(host.Hanako, new MarkHistoryViewed(task.TaskId));
        await host.SendAsync(host.Hanako, new ReplyToResident(started.CaseId, "職員の返信XYZ789"));
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(started.CaseId, "parenting", "male", "30s", "北地区QWE"));
        // What the merged modules added around a case: an attachment, a read mark, an internal note, a tag, a sign-in code.
        await host.SendAsync(host.Hanako, new SendAttachmentToResident(started.CaseId, "添付ATT321.png", SampleFiles.Png));
        var firstMessage = await host.QueryAsync(db => db.CaseMessages.Where(m => m.CaseId == started.CaseId).OrderBy(m => m.SentAt).Select(m => m.Id).FirstAsync());
        await host.SendAsync(host.Hanako, new MarkReadByStaff(started.CaseId, firstMessage));
        await host.SendAsync(host.Hanako, new AddCaseNote(started.CaseId, "内部メモNOTE456"));
        await host.SendAsync(host.Hanako, new SetCaseTags(started.CaseId, "タグTAG789"));
        await host.SendAsync(new TestActor(null, null, [], "2001:db8::de1e"), new RequestSignInCode("taro.deletion@example.jp"));
        // No use case creates residents or links them to a case yet (the resident sign-in comes later): written directly.
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        if (!await db.Residents.AnyAsync(r => r.Email == "taro.deletion@example.jp"))
        {
            db.Residents.Add(new Resident { Id = Guid.CreateVersion7(), Email = "taro.deletion@example.jp", LineUserId = "Udeletion0001", DisplayName = "削除 太郎", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        // A form's values in the workflow's history (an event's data), as the engine writes a step (ADR 0023).
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO wf_history_steps (instance_id, first_seq, events)
            SELECT workflow_instance_id, 100000 + (SELECT count(*) FROM wf_history_steps)::integer,
                   jsonb_build_array(jsonb_build_object('at', now(), 'kind', 'VariablesChanged', 'data', jsonb_build_object('form', {0}::text)))
            FROM cases WHERE id = {1}
            """, "秘密の相談内容ABC123", started.CaseId);
        var resident = await db.Residents.SingleAsync(r => r.Email == "taro.deletion@example.jp");
        await db.Cases.Where(c => c.Id == started.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResidentId, resident.Id));
        return started.CaseId;
    }

    // Every text, JSON or byte column of every table (as the owner, who sees them all) that still holds a planted value.
    private async Task<List<string>> OccurrencesAsync()
    {
        await using var conn = new NpgsqlConnection(host.OwnerConnectionString);
        await conn.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'character')
            """, conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Contains(columns, c => c == ("case_messages", "body"));
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
#pragma warning disable CA2100 // names from the catalog, quoted; values as parameters
            await using var cmd = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{table}\" WHERE position($1 in \"{column}\"::text) > 0 OR position($2 in \"{column}\"::text) > 0", conn);
#pragma warning restore CA2100
            foreach (var value in Planted)
            {
                cmd.Parameters.Clear();
                cmd.Parameters.Add(new NpgsqlParameter { Value = value });
                cmd.Parameters.Add(new NpgsqlParameter { Value = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value)) });
                if ((long)(await cmd.ExecuteScalarAsync())! > 0)
                {
                    found.Add($"{table}.{column}: {value}");
                }
            }
        }

        return found;
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string[]> Csv(string text)
    {
        using var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)), new CsvReaderOptions { HasHeader = false }, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
