using System.Security.Cryptography;
using System.Text;
using CaseManagement.Testing;
using CaseManagement.Web.Security;

namespace CaseManagement.Web.Tests.Security;

/// <summary>Our QR encoder: the size grows with the text, the three finder patterns sit in their corners, and the
/// modules of two known texts stay those that zbarimg 0.23.92 decoded back to the same text when this was written
/// (the SVGs are saved under artifacts/qr to check again by hand: chromium --headless --screenshot, then zbarimg).</summary>
public sealed class QrCodeSvgTests
{
    private const string Short = "otpauth://totp/CaseManagement:counselor?secret=NET6D4HE4TDN73TSKCIGI3CTQV4EXO2O&issuer=CaseManagement&digits=6";
    private static readonly string Long = "otpauth://totp/CaseManagement:" + new string('k', 90) + "?secret=NET6D4HE4TDN73TSKCIGI3CTQV4EXO2O&issuer=CaseManagement&digits=6";

    [Theory]
    [InlineData(1, 21)]
    [InlineData(20, 25)]
    [InlineData(100, 41)]
    [InlineData(200, 57)]
    public void The_code_grows_with_the_text(int length, int size) =>
        Assert.Equal(size, QrCodeSvg.Encode(Encoding.ASCII.GetBytes(new string('a', length))).GetLength(0));

    [Fact]
    public void Finder_patterns_sit_in_three_corners()
    {
        var m = QrCodeSvg.Encode(Encoding.ASCII.GetBytes(Short));
        var n = m.GetLength(0);
        foreach (var (row, col) in new[] { (0, 0), (0, n - 7), (n - 7, 0) })
        {
            for (var i = 0; i < 7; i++)
            {
                Assert.True(m[row, col + i] && m[row + 6, col + i] && m[row + i, col] && m[row + i, col + 6]);
            }

            Assert.False(m[row + 1, col + 1]);
            Assert.True(m[row + 3, col + 3]);
        }
    }

    [Theory]
    [InlineData(false, "45:")]
    [InlineData(true, "57:")]
    public void Known_texts_keep_the_modules_a_real_reader_decoded(bool longText, string sizePrefix)
    {
        var text = longText ? Long : Short;
        var m = QrCodeSvg.Encode(Encoding.ASCII.GetBytes(text));
        var rows = new StringBuilder().Append(m.GetLength(0)).Append(':');
        for (var y = 0; y < m.GetLength(0); y++)
        {
            for (var x = 0; x < m.GetLength(1); x++)
            {
                rows.Append(m[y, x] ? '1' : '0');
            }
        }

        var dir = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Artifacts, "qr")).FullName;
        File.WriteAllText(Path.Combine(dir, (longText ? "long" : "short") + ".svg"), QrCodeSvg.Render(text));
        Assert.StartsWith(sizePrefix, rows.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(longText ? LongHash : ShortHash, Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(rows.ToString()))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_beyond_version_10_gets_no_code() => Assert.Null(QrCodeSvg.Render(new string('x', QrCodeSvg.MaxBytes + 1)));

    // The first 200 bits of the SHA-256 of "size:" and the modules row by row (1 dark).
    private const string ShortHash = "05496421a2265b588f55a09eb5851df4619b12c974add8b675";
    private const string LongHash = "aeb76524f7f42bc4ce0a9df1915b5a22ef6ec88aebd9c0c8d2";
}
