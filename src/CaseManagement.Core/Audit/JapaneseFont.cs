using System.Buffers.Binary;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using PdfSharp.Fonts;

namespace CaseManagement.Core.Audit;

/// <summary>The Japanese font PDFs are drawn with, found on the machine at run time: IPAex Gothic (fonts-ipaexfont,
/// TrueType, embedded as a small subset) first, else Noto Sans CJK JP (fonts-noto-cjk; its .ttc holds CFF outlines,
/// which PDFsharp can only embed whole, about 14 MB per PDF). CM_PDF_FONT names another .ttf/.otf/.ttc.</summary>
internal sealed class JapaneseFont : IFontResolver
{
    public const string Family = "CaseManagementJapanese";

    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
        "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ];

    private static readonly Lazy<byte[]> Bytes = new(Load);
    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Makes PDFsharp use this font (once per process) and fails with a clear message when none is installed.</summary>
    public static void EnsureInstalled()
    {
        _ = Find() ?? throw new ConflictException(Messages.Get("PdfFontMissing"));
        lock (Gate)
        {
            if (!installed)
            {
                // PDFsharp 6.5 refuses to run without a licence choice; the AGPL one is free (ADR 0016).
                PdfSharp.PdfSharpLicense.SetAgplLicense();
                GlobalFontSettings.FontResolver = new JapaneseFont();
                installed = true;
            }
        }
    }

    /// <summary>The font file that will be used, or null when there is none.</summary>
    public static string? Find() =>
        Environment.GetEnvironmentVariable("CM_PDF_FONT") is { Length: > 0 } chosen && File.Exists(chosen)
            ? chosen
            : Candidates.FirstOrDefault(File.Exists);

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Family);

    public byte[]? GetFont(string faceName) => Bytes.Value;

    private static byte[] Load()
    {
        var bytes = File.ReadAllBytes(Find()!);
        return bytes.AsSpan(0, 4).SequenceEqual("ttcf"u8) ? FirstFace(bytes) : bytes;
    }

    // A TrueType/OpenType collection holds several fonts sharing tables; PDFsharp reads single fonts only. Copy the
    // first face (Noto Sans CJK JP in Debian's file) out: its table directory, then each table it points to.
    private static byte[] FirstFace(byte[] ttc)
    {
        var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12));
        int tables = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(offset + 4));
        var directory = 12 + (16 * tables);
        using var font = new MemoryStream();
        font.Write(ttc, offset, directory);
        var records = font.GetBuffer();
        using var bodies = new MemoryStream();
        for (var i = 0; i < tables; i++)
        {
            var record = offset + 12 + (16 * i);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(record + 12));
            BinaryPrimitives.WriteUInt32BigEndian(records.AsSpan(12 + (16 * i) + 8), (uint)(directory + bodies.Length));
            bodies.Write(ttc, start, length);
            bodies.Write(new byte[(4 - (length % 4)) % 4]);
        }

        bodies.Position = 0;
        bodies.CopyTo(font);
        return font.ToArray();
    }
}
