using System.Net;
using System.Text;
using CsvHelper;
using CaseManagement.Testing.Core;
using CaseManagement.Testing.Web;

namespace CaseManagement.Web.Tests.Desk;

/// <summary>The statistics CSV download over real HTTP, read back with CsvHelper in both encodings; supervisors only.</summary>
public sealed class StatisticsCsvHttpTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("Utf8Bom", "utf-8")]
    [InlineData("ShiftJis", "shift_jis")]
    public async Task A_supervisor_downloads_the_figures_and_the_case_list(string encoding, string charset)
    {
        using var resident = app.CreateClient(followRedirects: true);
        await resident.PostFormAsync("/Resident/Consult/child", new Dictionary<string, string> { ["Message"] = "CSV に載る相談", ["Pin"] = TestPin.Default, ["PinConfirmation"] = TestPin.Default });
        using var supervisor = app.CreateClient();
        await supervisor.SignInAsync(DemoAccounts.Supervisor);

        var response = await supervisor.GetAsync(new Uri("/Desk/Statistics?handler=Csv&encoding=" + encoding, UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(charset, response.Content.Headers.ContentType!.CharSet);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var rows = Read(bytes, encoding == "ShiftJis" ? Encoding.GetEncoding(932) : null);
        Assert.Equal(["集計項目", "区分", "件数"], rows[0]);
        Assert.Equal("相談件数合計", rows[1][0]);
        Assert.True(int.Parse(rows[1][2], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var header = rows.FindIndex(r => r[0] == "相談番号");
        Assert.Equal(["相談番号", "相談分野", "状態", "受付日時", "終了日時", "相談種別", "性別", "年代", "地区"], rows[header]);
        Assert.Contains(rows.Skip(header + 1), r => r[1] == "児童相談" && r[2] == "対応中");
    }

    [Fact]
    public async Task A_counselor_is_refused_the_download()
    {
        using var counselor = app.CreateClient();
        await counselor.SignInAsync(DemoAccounts.Counselor);

        var response = await counselor.GetAsync(new Uri("/Desk/Statistics?handler=Csv", UriKind.Relative));

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.GetAsync(response.Headers.Location)).StatusCode);
    }

    private static List<string[]> Read(byte[] content, Encoding? encoding)
    {
        using var reader = CsvReader.Create(new MemoryStream(content), new CsvReaderOptions { HasHeader = false, Encoding = encoding }, leaveOpen: false);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
