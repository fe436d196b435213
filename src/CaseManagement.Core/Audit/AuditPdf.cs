using System.Globalization;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Statistics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseManagement.Core.Audit;

/// <summary>Audit rows as an A4 landscape PDF table with the Japanese font embedded: a heading with the criteria, who
/// exported and when, then one line per row (long fields shortened with "…"), page numbers at the foot.</summary>
internal static class AuditPdf
{
    private const double Margin = 28;
    private const double LineHeight = 12;

    // Column widths in points (A4 landscape leaves about 786 pt between the margins).
    private static readonly (string Header, double Width)[] Columns =
    [
        ("CsvAuditId", 42), ("CsvAuditAt", 92), ("CsvAuditKind", 40), ("CsvAuditActorName", 110), ("CsvAuditRole", 56),
        ("CsvAuditIp", 80), ("CsvAuditAction", 130), ("CsvAuditTarget", 176), ("CsvAuditOutcome", 60),
    ];

    public static byte[] Write(IReadOnlyList<AuditEntryView> rows, string criteria, string exportedBy, DateTimeOffset exportedAt)
    {
        JapaneseFont.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = Messages.Get("PdfAuditTitle");
        var title = new XFont(JapaneseFont.Family, 14);
        var body = new XFont(JapaneseFont.Family, 7.5);
        var pageNumber = 0;
        XGraphics? g = null;
        double y = 0;
        double bottom = 0;
        try
        {
            var index = 0;
            do
            {
                if (g is null || y > bottom - Margin - LineHeight)
                {
                    g?.Dispose();
                    var page = document.AddPage();
                    page.Size = PdfSharp.PageSize.A4;
                    page.Orientation = PdfSharp.PageOrientation.Landscape;
                    g = XGraphics.FromPdfPage(page);
                    bottom = page.Height.Point;
                    pageNumber++;
                    y = Margin;
                    if (pageNumber == 1)
                    {
                        g.DrawString(Messages.Get("PdfAuditTitle"), title, XBrushes.Black, Margin, y + 12);
                        y += 22;
                        foreach (var line in new[]
                        {
                            Messages.Format("PdfAuditCriteria", criteria.Length == 0 ? Messages.Get("PdfAuditNoCriteria") : criteria),
                            Messages.Format("PdfAuditExported", exportedBy, JapanTime.ToJapan(exportedAt).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture), rows.Count),
                        })
                        {
                            g.DrawString(line, body, XBrushes.Black, Margin, y + 8);
                            y += LineHeight;
                        }

                        y += 4;
                    }

                    g.DrawString(pageNumber.ToString(CultureInfo.InvariantCulture), body, XBrushes.Gray, page.Width.Point / 2, page.Height.Point - (Margin / 2));
                    Row(g, body, y, Columns.Select(c => Messages.Get(c.Header)).ToArray(), header: true);
                    y += LineHeight + 2;
                }

                if (index < rows.Count)
                {
                    var a = rows[index];
                    Row(g, body, y,
                    [
                        a.Id.ToString(CultureInfo.InvariantCulture), JapanTime.ToJapan(a.At).ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture),
                        Messages.Get("AuditKind_" + a.Kind), a.ActorName ?? a.Actor, a.ActorRole ?? "", a.Ip ?? "", a.Action, a.Target ?? "",
                        Messages.Get("AuditOutcome_" + a.Outcome),
                    ], header: false);
                    y += LineHeight;
                }

                index++;
            }
            while (index < rows.Count);
        }
        finally
        {
            g?.Dispose();
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Row(XGraphics g, XFont font, double y, string[] cells, bool header)
    {
        var x = Margin;
        if (header)
        {
            g.DrawRectangle(XBrushes.LightGray, x, y, Columns.Sum(c => c.Width), LineHeight + 1);
        }

        for (var i = 0; i < cells.Length; i++)
        {
            g.DrawString(Fit(g, font, cells[i], Columns[i].Width - 4), font, XBrushes.Black, x + 2, y + 9);
            x += Columns[i].Width;
        }
    }

    private static string Fit(XGraphics g, XFont font, string text, double width)
    {
        if (g.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && g.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
