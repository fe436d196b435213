using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseManagement.Workflows.Calendar;

/// <summary>A span of business time in ISO 8601 form: whole business days (P2D) and office time (PT4H30M), or both
/// (P1DT2H). Years, months, weeks and fractions are refused: they have no agreed meaning in office time.</summary>
public readonly partial record struct BusinessDuration(int Days, TimeSpan OfficeTime)
{
    [GeneratedRegex(@"^P(?:(?<d>\d{1,5})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<m>\d{1,7})M)?(?:(?<s>\d{1,9})S)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>Parses PnD, PTnHnMnS or PnDTnHnMnS; false for anything else.</summary>
    public static bool TryParse(string? text, out BusinessDuration duration)
    {
        duration = default;
        var trimmed = text?.Trim();
        if (trimmed is null or "P" or "PT" || trimmed.EndsWith('T')) return false;
        var match = Pattern().Match(trimmed);
        if (!match.Success) return false;
        long Part(string name) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        duration = new BusinessDuration((int)Part("d"), TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s")));
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">the text is not a business duration.</exception>
    public static BusinessDuration Parse(string text) => TryParse(text, out var duration)
        ? duration
        : throw new FormatException($"Expected a business duration such as P2D, PT4H or P1DT2H but got '{text}'");

    /// <summary>The ISO 8601 form, office time in hours, minutes and seconds only: P1DT26H stays P1DT26H.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        if (Days > 0 || OfficeTime == TimeSpan.Zero) text.Append(CultureInfo.InvariantCulture, $"{Days}D");
        if (OfficeTime == TimeSpan.Zero) return text.ToString();
        text.Append('T');
        if ((long)OfficeTime.TotalHours > 0) text.Append(CultureInfo.InvariantCulture, $"{(long)OfficeTime.TotalHours}H");
        if (OfficeTime.Minutes > 0) text.Append(CultureInfo.InvariantCulture, $"{OfficeTime.Minutes}M");
        if (OfficeTime.Seconds > 0) text.Append(CultureInfo.InvariantCulture, $"{OfficeTime.Seconds}S");
        return text.ToString();
    }
}
