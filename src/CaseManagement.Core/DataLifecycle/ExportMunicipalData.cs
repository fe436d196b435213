using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseManagement.Core.DataLifecycle;

/// <summary>The municipality's whole data as a zip of CSV files (RFC 4180, UTF-8, header row), the BPMN of every
/// workflow version, every attachment's bytes, and a manifest.json with counts and SHA-256 of each file (docs/EXPORT.md), for moving to another
/// system. Admins only; a command, so the export itself is in the audit log. Read on one snapshot.</summary>
[Authorize(Roles.Admin)]
public sealed record ExportMunicipalData : ICommand<ExportFile>, IAuditTarget
{
    public string AuditTarget => "municipal-data:export";
}

internal sealed class ExportMunicipalDataHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock, IOptions<DataLifecycleOptions> options)
    : IRequestHandler<ExportMunicipalData, ExportFile>
{
    public const string Format = "casemanagement-export";

    public async Task<ExportFile> Handle(ExportMunicipalData request, CancellationToken cancellationToken)
    {
        // First statement of the command's transaction: every file from the same snapshot.
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", cancellationToken);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var now = clock.GetUtcNow();
        var files = new List<object>();
        using var zipBytes = new MemoryStream();
        using (var zip = new ZipArchive(zipBytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in ExportTable.All)
            {
                var csv = await CopyAsync(conn, table.Query, cancellationToken);
                var rows = await CountAsync(conn, table.Query, cancellationToken);
                files.Add(await AddAsync(zip, table.File, Encoding.UTF8.GetBytes(csv), table.Description, rows));
            }

            // The files beside the CSVs: the BPMN of every workflow version, the bytes of every attachment.
            await AddFilesAsync(zip, files, conn, "SELECT " + ExportTable.DefinitionFile + ", convert_to(bpmn_xml, 'UTF8') FROM wf_definitions ORDER BY process_id, version",
                "BPMN 2.0", cancellationToken);
            var attachments = await AddFilesAsync(zip, files, conn,
                "SELECT " + ExportTable.AttachmentFile + ", content FROM case_attachments ORDER BY uploaded_at, id", "添付ファイル / attachment", cancellationToken);

            var manifest = new
            {
                format = Format,
                formatVersion = 1,
                municipality = options.Value.MunicipalityName,
                exportedAt = now,
                exportedBy = actor.AuditName,
                documentation = "docs/EXPORT.md",
                attachments,
                files,
            };
            await AddAsync(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), null, null);
        }

        var fileName = "export_" + Statistics.JapanTime.ToJapan(now).ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture) + ".zip";
        return new ExportFile(fileName, "application/zip", zipBytes.ToArray());
    }

    private static async Task<object> AddAsync(ZipArchive zip, string name, byte[] content, string? description, long? rows)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using (var stream = await entry.OpenAsync())
        {
            await stream.WriteAsync(content);
        }

        return new { name, description, rows, bytes = content.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(content)) };
    }

#pragma warning disable CA2100 // the queries are the constants of ExportTable
    // One zip entry per row of a query returning (name, bytes); returns the names.
    private async Task<List<string>> AddFilesAsync(ZipArchive zip, List<object> files, NpgsqlConnection conn, string query, string description, CancellationToken ct)
    {
        var names = new List<string>();
        await using var cmd = new NpgsqlCommand(query, conn, (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var name = reader.GetString(0);
            files.Add(await AddAsync(zip, name, (byte[])reader.GetValue(1), description, null));
            names.Add(name);
        }

        return names;
    }

    private static async Task<string> CopyAsync(NpgsqlConnection conn, string query, CancellationToken ct)
    {
        using var reader = await conn.BeginTextExportAsync($"COPY ({query}) TO STDOUT (FORMAT csv, HEADER true)", ct);
        return await reader.ReadToEndAsync(ct);
    }

    private async Task<long> CountAsync(NpgsqlConnection conn, string query, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM ({query}) q", conn, (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction());
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
#pragma warning restore CA2100
}
