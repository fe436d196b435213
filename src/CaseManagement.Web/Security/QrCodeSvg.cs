using System.Globalization;
using System.Text;

namespace CaseManagement.Web.Security;

/// <summary>Draws a text (the authenticator's otpauth URI) as a QR code in SVG: byte mode, error correction level M,
/// versions 1 to 10 (up to 213 bytes), after ISO/IEC 18004 and Project Nayuki's reference encoder. Our own so the
/// enrolment page needs no package and no script (ADR 0020).</summary>
public static class QrCodeSvg
{
    // Level M, indexed by version (0 unused).
    private static readonly int[] EccPerBlock = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26];
    private static readonly int[] Blocks = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5];

    /// <summary>What a version 10 code at level M holds in byte mode.</summary>
    public const int MaxBytes = 213;

    /// <summary>The SVG, or null when the text is longer than a version 10 code holds (the page then shows the key only).</summary>
    public static string? Render(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > MaxBytes)
        {
            return null;
        }

        var modules = Encode(bytes);
        var size = modules.GetLength(0);
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y, x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x + 4},{y + 4}h1v1h-1z");
                }
            }
        }

        var full = size + 8;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {full} {full}\" width=\"{full * 6}\" height=\"{full * 6}\" "
            + $"shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR\"><rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/>"
            + $"<path d=\"{path}\" fill=\"#000\"/></svg>";
    }

    /// <summary>The modules (true = dark), [row, column].</summary>
    public static bool[,] Encode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var version = 1;
        while (DataCodewords(version) * 8 < 4 + (version < 10 ? 8 : 16) + data.Length * 8)
        {
            version++;
            if (version > 10)
            {
                throw new ArgumentException("text too long for a version 10 QR code", nameof(data));
            }
        }

        var qr = new QrMatrix(version);
        qr.DrawFunctionPatterns();
        qr.DrawCodewords(AddErrorCorrection(version, DataBits(version, data)));
        var best = -1;
        var bestPenalty = int.MaxValue;
        for (var mask = 0; mask < 8; mask++)
        {
            qr.ApplyMask(mask);
            qr.DrawFormatBits(mask);
            var penalty = qr.Penalty();
            if (penalty < bestPenalty)
            {
                best = mask;
                bestPenalty = penalty;
            }

            qr.ApplyMask(mask); // undo (XOR)
        }

        qr.ApplyMask(best);
        qr.DrawFormatBits(best);
        return qr.Modules;
    }

    internal static int RawDataModules(int version)
    {
        var result = ((16 * version) + 128) * version + 64;
        if (version >= 2)
        {
            var align = (version / 7) + 2;
            result -= ((25 * align) - 10) * align - 55;
            if (version >= 7)
            {
                result -= 36;
            }
        }

        return result;
    }

    internal static int DataCodewords(int version) => (RawDataModules(version) / 8) - (EccPerBlock[version] * Blocks[version]);

    private static byte[] DataBits(int version, byte[] data)
    {
        var bits = new List<bool>();
        void Append(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                bits.Add(((value >> i) & 1) != 0);
            }
        }

        Append(0b0100, 4);
        Append(data.Length, version < 10 ? 8 : 16);
        foreach (var b in data)
        {
            Append(b, 8);
        }

        var capacity = DataCodewords(version) * 8;
        Append(0, Math.Min(4, capacity - bits.Count));
        Append(0, (8 - (bits.Count % 8)) % 8);
        for (var pad = 0xEC; bits.Count < capacity; pad ^= 0xEC ^ 0x11)
        {
            Append(pad, 8);
        }

        var bytes = new byte[bits.Count / 8];
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                bytes[i >> 3] |= (byte)(0x80 >> (i & 7));
            }
        }

        return bytes;
    }

    private static byte[] AddErrorCorrection(int version, byte[] data)
    {
        var numBlocks = Blocks[version];
        var eccLength = EccPerBlock[version];
        var rawCodewords = RawDataModules(version) / 8;
        var numShortBlocks = numBlocks - (rawCodewords % numBlocks);
        var shortBlockLength = rawCodewords / numBlocks;
        var divisor = ReedSolomon.Divisor(eccLength);
        var blocks = new List<byte[]>();
        for (int i = 0, k = 0; i < numBlocks; i++)
        {
            var dataLength = shortBlockLength - eccLength + (i < numShortBlocks ? 0 : 1);
            var block = new byte[shortBlockLength + 1];
            Array.Copy(data, k, block, 0, dataLength);
            var ecc = ReedSolomon.Remainder(data.AsSpan(k, dataLength), divisor);
            k += dataLength;
            // Short blocks get a placeholder byte so that every block lines up when interleaved.
            Array.Copy(ecc, 0, block, shortBlockLength + 1 - eccLength, eccLength);
            blocks.Add(block);
        }

        var result = new List<byte>(rawCodewords);
        for (var i = 0; i < shortBlockLength + 1; i++)
        {
            for (var j = 0; j < numBlocks; j++)
            {
                if (i != shortBlockLength - eccLength || j >= numShortBlocks)
                {
                    result.Add(blocks[j][i]);
                }
            }
        }

        return [.. result];
    }
}
