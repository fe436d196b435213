using System.Globalization;

namespace CaseManagement.Core.Administration;

/// <summary>Reads what admins type for reception settings: times "8:30" or "08:30" and closed-day lines
/// "2026-05-01 研修日" (or 2026/5/1).</summary>
public static class ReceptionText
{
    public const int MaxClosedDays = 400;
    public const int MaxClosedDayName = 100;
    public const string DefaultClosedDayName = "休業日";

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d"];

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The non-empty lines, each with its 1-based line number.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string? text) =>
        (text ?? "").Split('\n').Select((l, i) => (Line: i + 1, Text: l.Trim())).Where(l => l.Text.Length > 0);

    public static bool TryParseClosedDay(string line, out DateOnly day, out string name)
    {
        var parts = line.Trim().Split([' ', '\t', '　'], 2, StringSplitOptions.RemoveEmptyEntries);
        name = parts.Length > 1 ? parts[1].Trim() : DefaultClosedDayName;
        return DateOnly.TryParseExact(parts.FirstOrDefault(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    public static string FormatClosedDays(IEnumerable<CategoryClosedDay> days) =>
        string.Join("\n", days.OrderBy(d => d.Day).Select(d => $"{d.Day:yyyy-MM-dd} {d.Name}"));
}
