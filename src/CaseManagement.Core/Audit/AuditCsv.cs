using System.Globalization;
using System.Text;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Statistics;
using CsvHelper;

namespace CaseManagement.Core.Audit;

/// <summary>Audit rows as CSV in UTF-8 with BOM, one header row; fields a spreadsheet would run as formulas are escaped.</summary>
internal static class AuditCsv
{
    public static readonly string[] Columns =
        ["CsvAuditId", "CsvAuditAt", "CsvAuditKind", "CsvAuditActor", "CsvAuditActorName", "CsvAuditRole", "CsvAuditIp", "CsvAuditUserAgent",
            "CsvAuditAction", "CsvAuditTarget", "CsvAuditOutcome", "CsvAuditDetail"];

    public static byte[] Write(IReadOnlyList<AuditEntryView> rows)
    {
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(Columns.Select(Messages.Get).ToArray());
            foreach (var a in rows)
            {
                csv.WriteRecord([a.Id.ToString(CultureInfo.InvariantCulture), JapanTime.ToJapan(a.At).ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Messages.Get("AuditKind_" + a.Kind), a.Actor, a.ActorName ?? "", a.ActorRole ?? "", a.Ip ?? "", a.UserAgent ?? "",
                    a.Action, a.Target ?? "", Messages.Get("AuditOutcome_" + a.Outcome), a.Detail ?? ""]);
            }
        }

        return bytes.ToArray();
    }
}
