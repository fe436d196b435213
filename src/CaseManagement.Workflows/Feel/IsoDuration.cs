using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseManagement.Workflows.Feel;

/// <summary>An ISO 8601 duration (P1Y2M3W4DT5H6M7.5S): calendar months kept apart from exact time, so that
/// P1M after 31 January lands on the last day of February rather than 30 days later.</summary>
public readonly partial record struct IsoDuration(int Months, TimeSpan Time)
{
    [GeneratedRegex(@"^(?<sign>-)?P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>Parses an ISO 8601 duration; false when the text is not one.</summary>
    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || text.Trim().TrimStart('-') is "P" or "PT" || text.TrimEnd().EndsWith('T')) return false;
        try
        {
            int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
            var seconds = match.Groups["s"].Success ? decimal.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0m;
            var months = checked((Part("y") * 12) + Part("mo"));
            var time = TimeSpan.FromDays((Part("w") * 7) + Part("d")) + TimeSpan.FromHours(Part("h"))
                + TimeSpan.FromMinutes(Part("mi")) + TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
            duration = match.Groups["sign"].Success ? new IsoDuration(-months, -time) : new IsoDuration(months, time);
            return true;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The instant this long after <paramref name="start"/>.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddMonths(Months).Add(Time);

    /// <summary>Formats a day-time duration as ISO 8601, e.g. P1DT2H.</summary>
    public static string Format(TimeSpan span)
    {
        if (span == TimeSpan.Zero) return "PT0S";
        var text = new StringBuilder(span < TimeSpan.Zero ? "-P" : "P");
        span = span.Duration();
        if (span.Days > 0) text.Append(CultureInfo.InvariantCulture, $"{span.Days}D");
        if (span.Ticks % TimeSpan.TicksPerDay == 0) return text.ToString();
        text.Append('T');
        if (span.Hours > 0) text.Append(CultureInfo.InvariantCulture, $"{span.Hours}H");
        if (span.Minutes > 0) text.Append(CultureInfo.InvariantCulture, $"{span.Minutes}M");
        var seconds = (decimal)(span.Ticks % TimeSpan.TicksPerMinute) / TimeSpan.TicksPerSecond;
        if (seconds > 0) text.Append(CultureInfo.InvariantCulture, $"{seconds:0.#######}S");
        return text.ToString();
    }
}
