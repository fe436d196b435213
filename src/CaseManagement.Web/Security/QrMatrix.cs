namespace CaseManagement.Web.Security;

/// <summary>The module grid of one QR code while it is drawn: function patterns, codewords, mask, format bits.</summary>
internal sealed class QrMatrix
{
    private const int LevelMFormatBits = 0b00;

    private readonly int version;
    private readonly int size;
    private readonly bool[,] isFunction;

    public QrMatrix(int version)
    {
        this.version = version;
        size = (version * 4) + 17;
        Modules = new bool[size, size];
        isFunction = new bool[size, size];
    }

    public bool[,] Modules { get; }

    public void DrawFunctionPatterns()
    {
        for (var i = 0; i < size; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }

        DrawFinder(3, 3);
        DrawFinder(size - 4, 3);
        DrawFinder(3, size - 4);
        var positions = AlignmentPositions();
        var last = positions.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            for (var j = 0; j <= last; j++)
            {
                if (!((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)))
                {
                    DrawAlignment(positions[i], positions[j]);
                }
            }
        }

        DrawFormatBits(0); // reserves the area; drawn again once the mask is chosen
        DrawVersion();
    }

    public void DrawCodewords(byte[] data)
    {
        var i = 0;
        for (var right = size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var vert = 0; vert < size; vert++)
            {
                for (var j = 0; j < 2; j++)
                {
                    var x = right - j;
                    var upward = ((right + 1) & 2) == 0;
                    var y = upward ? size - 1 - vert : vert;
                    if (!isFunction[y, x] && i < data.Length * 8)
                    {
                        Modules[y, x] = ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0;
                        i++;
                    }
                }
            }
        }
    }

    public void ApplyMask(int mask)
    {
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var invert = mask switch
                {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => ((x / 3) + (y / 2)) % 2 == 0,
                    5 => (x * y % 2) + (x * y % 3) == 0,
                    6 => ((x * y % 2) + (x * y % 3)) % 2 == 0,
                    _ => (((x + y) % 2) + (x * y % 3)) % 2 == 0,
                };
                Modules[y, x] ^= invert && !isFunction[y, x];
            }
        }
    }

    public void DrawFormatBits(int mask)
    {
        var data = (LevelMFormatBits << 3) | mask;
        var rem = data;
        for (var i = 0; i < 10; i++)
        {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }

        var bits = ((data << 10) | rem) ^ 0x5412;
        for (var i = 0; i <= 5; i++)
        {
            Set(8, i, Bit(bits, i));
        }

        Set(8, 7, Bit(bits, 6));
        Set(8, 8, Bit(bits, 7));
        Set(7, 8, Bit(bits, 8));
        for (var i = 9; i < 15; i++)
        {
            Set(14 - i, 8, Bit(bits, i));
        }

        for (var i = 0; i < 8; i++)
        {
            Set(size - 1 - i, 8, Bit(bits, i));
        }

        for (var i = 8; i < 15; i++)
        {
            Set(8, size - 15 + i, Bit(bits, i));
        }

        Set(8, size - 8, true);
    }

    /// <summary>A simplified penalty (runs of one colour, 2×2 blocks, dark/light balance): any mask is valid, this only
    /// steers towards an easily scanned one.</summary>
    public int Penalty()
    {
        var penalty = 0;
        for (var a = 0; a < size; a++)
        {
            int rowRun = 1, colRun = 1;
            for (var b = 1; b < size; b++)
            {
                rowRun = Modules[a, b] == Modules[a, b - 1] ? rowRun + 1 : Score(rowRun, ref penalty);
                colRun = Modules[b, a] == Modules[b - 1, a] ? colRun + 1 : Score(colRun, ref penalty);
            }

            Score(rowRun, ref penalty);
            Score(colRun, ref penalty);
        }

        var dark = 0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                dark += Modules[y, x] ? 1 : 0;
                if (x > 0 && y > 0 && Modules[y, x] == Modules[y - 1, x] && Modules[y, x] == Modules[y, x - 1] && Modules[y, x] == Modules[y - 1, x - 1])
                {
                    penalty += 3;
                }
            }
        }

        var total = size * size;
        return penalty + ((Math.Abs((dark * 20) - (total * 10)) + total - 1) / total - 1) * 10;
    }

    private static int Score(int run, ref int penalty)
    {
        if (run >= 5)
        {
            penalty += run - 2;
        }

        return 1;
    }

    private int[] AlignmentPositions()
    {
        if (version == 1)
        {
            return [];
        }

        var count = (version / 7) + 2;
        var step = (((version * 8) + (count * 3) + 5) / ((count * 4) - 4)) * 2;
        var result = new int[count];
        result[0] = 6;
        for (int i = count - 1, pos = size - 7; i >= 1; i--, pos -= step)
        {
            result[i] = pos;
        }

        return result;
    }

    private void DrawFinder(int x, int y)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                int xx = x + dx, yy = y + dy;
                if (xx >= 0 && xx < size && yy >= 0 && yy < size)
                {
                    Set(xx, yy, distance != 2 && distance != 4);
                }
            }
        }
    }

    private void DrawAlignment(int x, int y)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++)
            {
                Set(x + dx, y + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
    }

    private void DrawVersion()
    {
        if (version < 7)
        {
            return;
        }

        var rem = version;
        for (var i = 0; i < 12; i++)
        {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }

        var bits = (version << 12) | rem;
        for (var i = 0; i < 18; i++)
        {
            var bit = Bit(bits, i);
            int a = size - 11 + (i % 3), b = i / 3;
            Set(a, b, bit);
            Set(b, a, bit);
        }
    }

    // x is the column, y the row.
    private void Set(int x, int y, bool dark)
    {
        Modules[y, x] = dark;
        isFunction[y, x] = true;
    }

    private static bool Bit(int value, int i) => ((value >> i) & 1) != 0;
}
