using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CaseManagement.Core.Audit;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Statistics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseManagement.Core.DataLifecycle;

/// <summary>The certificate as the admin takes it away: a zip of certificate.json (what was signed, the signature and
/// the public key) and certificate.pdf (the same in Japanese, with the signature and the key's fingerprint).</summary>
public static class DeletionCertificateFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExportFile Zip(SignedDeletionCertificate signed)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var json = zip.CreateEntry("certificate.json").Open())
            {
                JsonSerializer.Serialize(json, signed, Json);
            }

            using var pdf = zip.CreateEntry("certificate.pdf").Open();
            pdf.Write(Pdf(signed));
        }

        var name = "deletion-certificate_" + JapanTime.ToJapan(signed.Certificate.DeletedAt).ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture) + ".zip";
        return new ExportFile(name, "application/zip", bytes.ToArray());
    }

    public static byte[] Pdf(SignedDeletionCertificate signed)
    {
        JapaneseFont.EnsureInstalled();
        var c = signed.Certificate;
        using var document = new PdfDocument();
        document.Info.Title = Messages.Get("CertificateTitle");
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(JapaneseFont.Family, 16);
            var body = new XFont(JapaneseFont.Family, 9);
            var small = new XFont(JapaneseFont.Family, 6.5);
            double y = 60;
            g.DrawString(Messages.Get("CertificateTitle"), title, XBrushes.Black, 50, y);
            y += 30;
            foreach (var line in new[]
            {
                Messages.Format("CertificateMunicipality", c.Municipality),
                Messages.Format("CertificateWhen", JapanTime.ToJapan(c.DeletedAt).ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Messages.Format("CertificateWho", c.DeletedByName is null ? c.DeletedBy : $"{c.DeletedByName} ({c.DeletedBy})"),
                Messages.Format("CertificateId", c.CertificateId),
            })
            {
                g.DrawString(line, body, XBrushes.Black, 50, y);
                y += 16;
            }

            foreach (var (heading, counts) in new[] { ("CertificateDeleted", c.Deleted), ("CertificateAnonymised", c.Anonymised), ("CertificateRetained", c.Retained) })
            {
                y += 8;
                g.DrawString(Messages.Get(heading), body, XBrushes.Black, 50, y);
                y += 14;
                foreach (var (table, count) in counts)
                {
                    g.DrawString(table, body, XBrushes.Black, 70, y);
                    g.DrawString(count.ToString("N0", CultureInfo.InvariantCulture), body, XBrushes.Black, 320, y);
                    y += 13;
                }
            }

            y += 8;
            g.DrawString(Messages.Get("CertificateNotes"), body, XBrushes.Black, 50, y);
            y += 14;
            foreach (var note in c.Notes)
            {
                g.DrawString("・" + note, small, XBrushes.Black, 60, y);
                y += 11;
            }

            y += 12;
            foreach (var chunk in Messages.Format("CertificateSignature", signed.Algorithm, signed.Signature).Chunk(110))
            {
                g.DrawString(new string(chunk), small, XBrushes.Black, 50, y);
                y += 10;
            }

            g.DrawString(Messages.Format("CertificateKey", signed.KeyFingerprint), small, XBrushes.Black, 50, y + 4);
            g.DrawString(Messages.Get("CertificateVerifyHint"), small, XBrushes.Black, 50, y + 18);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
