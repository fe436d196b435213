using System.Globalization;
using System.Text;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Resources;
using CsvHelper;

namespace CaseManagement.Core.Statistics;

/// <summary>Writes the figures, then the case list (each under its own header row) of a period as one CSV.</summary>
internal static class StatisticsCsv
{
    static StatisticsCsv() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding For(CsvEncoding encoding) =>
        encoding == CsvEncoding.ShiftJis ? Encoding.GetEncoding(932) : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Write(CaseStatisticsView s, CsvEncoding encoding)
    {
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, For(encoding)))
        // two sections of different widths; a field a spreadsheet would run as a formula (地区 is free text) is escaped
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { ValidateFieldCount = false, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            Row(csv, Messages.Get("CsvDimension"), Messages.Get("CsvKey"), Messages.Get("CsvCount"));
            Row(csv, Messages.Get("CsvTotal"), "", Number(s.Total));
            Row(csv, Messages.Get("CsvMeanResponseMinutes"), "", Minutes(s.MeanResponseTime));
            Row(csv, Messages.Get("CsvMeanHandlingMinutes"), "", Minutes(s.MeanHandlingTime));
            foreach (var table in s.Tables)
            {
                foreach (var r in table.Rows)
                {
                    Row(csv, Messages.Get("Dimension_" + table.Dimension), StatisticsLabels.Label(table.Dimension, r.Key), Number(r.Count));
                }
            }

            Row(csv, [.. new[] { "CsvCaseNumber", "CsvCategory", "CsvStatus", "CsvOpenedAt", "CsvClosedAt", "CsvConsultationType", "CsvGender", "CsvAgeBand", "CsvArea" }.Select(Messages.Get)]);
            foreach (var c in s.Cases)
            {
                Row(csv, c.CaseNumber, c.CategoryNameJa, Messages.Get("CaseStatus_" + c.Status), Time(c.OpenedAt), c.ClosedAt is { } closed ? Time(closed) : "",
                    StatisticsLabels.Code("ConsultationType_", CaseAttributes.ConsultationTypes, c.ConsultationType), StatisticsLabels.Code("Gender_", CaseAttributes.Genders, c.ResidentGender),
                    StatisticsLabels.Code("AgeBand_", CaseAttributes.AgeBands, c.AgeBand), c.Area ?? "");
            }
        }

        return bytes.ToArray();
    }

    private static void Row(CsvWriter csv, params string[] fields) => csv.WriteRecord(fields);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Minutes(TimeSpan? span) => span is { } s ? Math.Round(s.TotalMinutes).ToString(CultureInfo.InvariantCulture) : "";

    private static string Time(DateTimeOffset at) => JapanTime.ToJapan(at).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);
}
