using System.Globalization;

namespace CaseManagement.Workflows.Feel;

/// <summary>A FEEL time of day (09:30:00, 09:30:00+09:00): a local time, or one with an offset from UTC.</summary>
internal readonly record struct FeelTime(TimeSpan TimeOfDay, TimeSpan? Offset)
{
    /// <summary>Orders two times; null when one has an offset and the other not, since they cannot be placed on one line.</summary>
    public int? CompareTo(FeelTime other) => (Offset, other.Offset) switch
    {
        (null, null) => TimeOfDay.CompareTo(other.TimeOfDay),
        ({ } a, { } b) => Utc(TimeOfDay - a).CompareTo(Utc(other.TimeOfDay - b)),
        _ => null,
    };

    /// <summary>The time this long later, wrapping round midnight.</summary>
    public FeelTime Add(TimeSpan duration) => this with { TimeOfDay = Utc(TimeOfDay + duration) };

    public static bool TryParse(string text, out FeelTime time)
    {
        time = default;
        var offset = (TimeSpan?)null;
        var clock = text;
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            offset = TimeSpan.Zero;
            clock = text[..^1];
        }
        else if (text.Length > 6 && text[^6] is '+' or '-' && TimeSpan.TryParseExact(text[^5..], @"hh\:mm", CultureInfo.InvariantCulture, out var o))
        {
            offset = text[^6] == '-' ? -o : o;
            clock = text[..^6];
        }
        if (clock.Length < 8 || !TimeOnly.TryParseExact(clock, ["HH:mm:ss", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return false;
        time = new FeelTime(t.ToTimeSpan(), offset);
        return true;
    }

    public override string ToString()
    {
        var clock = TimeOnly.FromTimeSpan(TimeOfDay).ToString(TimeOfDay.Ticks % TimeSpan.TicksPerSecond == 0 ? "HH:mm:ss" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        return Offset switch
        {
            null => clock,
            { } o when o == TimeSpan.Zero => clock + "Z",
            { } o => clock + (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        };
    }

    // Into [0, 24h).
    private static TimeSpan Utc(TimeSpan span) => TimeSpan.FromTicks(((span.Ticks % TimeSpan.TicksPerDay) + TimeSpan.TicksPerDay) % TimeSpan.TicksPerDay);
}
