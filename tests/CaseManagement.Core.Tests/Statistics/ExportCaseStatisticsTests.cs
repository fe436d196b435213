using System.Text;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Statistics;
using CaseManagement.Core.Tests.Tasks;
using CaseManagement.Testing.Core;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Tests.Statistics;

/// <summary>The statistics export reads back column by column in both encodings, and every export is audited.</summary>
public sealed class ExportCaseStatisticsTests(CoreTestHost host) : IClassFixture<CoreTestHost>
{
    private static DateOnly Today => DateOnly.FromDateTime(JapanTime.ToJapan(DateTimeOffset.UtcNow).DateTime);

    [Theory]
    [InlineData(CsvEncoding.Utf8Bom)]
    [InlineData(CsvEncoding.ShiftJis)]
    public async Task The_csv_reads_back_in_japanese_column_by_column(CsvEncoding encoding)
    {
        var task = await host.NewChildTaskAsync();
        await host.SendAsync(host.Hanako, new UpdateCaseAttributes(task.CaseId, "abuse", "male", "40s", "=西地区"));

        var file = await host.SendAsync(host.Ichiro, new ExportCaseStatistics(Today.AddDays(-1), Today.AddDays(1), encoding));

        if (encoding == CsvEncoding.Utf8Bom)
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], file.Content[..3]);
        }

        var rows = Read(file.Content, encoding);
        Assert.Equal(["集計項目", "区分", "件数"], rows[0]);
        Assert.Equal("相談件数合計", rows[1][0]);
        Assert.Equal(7, rows.Count(r => r[0] == "曜日"));
        var header = rows.FindIndex(r => r[0] == "相談番号");
        Assert.Equal(["相談番号", "相談分野", "状態", "受付日時", "終了日時", "相談種別", "性別", "年代", "地区"], rows[header]);
        var cases = rows.Skip(header + 1).ToList();
        var abuse = cases.Count(r => r[5] == "虐待の心配").ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["相談種別", "虐待の心配", abuse], rows.Single(r => r[0] == "相談種別" && r[1] == "虐待の心配"));
        var @case = cases.Single(r => r[0] == task.CaseNumber);
        Assert.Equal(("児童相談", "対応中", "", "男性", "40代"), (@case[1], @case[2], @case[4], @case[6], @case[7]));
        Assert.Equal("'=西地区", @case[8]);
        Assert.Contains(encoding == CsvEncoding.ShiftJis ? "shift_jis" : "utf-8", file.ContentType, StringComparison.Ordinal);
        Assert.True(await host.QueryAsync(db => db.AuditLog.AnyAsync(a => a.Action == nameof(ExportCaseStatistics) && a.Target!.EndsWith(":" + encoding))));
    }

    [Fact]
    public async Task A_counselor_is_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(host.Hanako, new ExportCaseStatistics(Today, Today, CsvEncoding.Utf8Bom)));
    }

    internal static List<string[]> Read(byte[] content, CsvEncoding encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var options = new CsvReaderOptions { HasHeader = false, Encoding = encoding == CsvEncoding.ShiftJis ? Encoding.GetEncoding(932) : null };
        using var reader = CsvReader.Create(new MemoryStream(content), options, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
