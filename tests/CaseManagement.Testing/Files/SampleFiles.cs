using System.Text;

namespace CaseManagement.Testing.Files;

/// <summary>Small real files for upload tests, and impostors: a Windows program named like a photo.</summary>
public static class SampleFiles
{
    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A minimal one-page PDF.</summary>
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>The start of a Windows executable (MZ header, "This program cannot be run in DOS mode").</summary>
    public static byte[] Exe { get; } =
        [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00,
         .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\r\n$")];

    /// <summary>A PNG signature followed by zeros, one byte over <paramref name="limit"/>.</summary>
    public static byte[] PngOver(long limit)
    {
        var bytes = new byte[limit + 1];
        Png.AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }
}
