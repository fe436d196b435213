using System.Globalization;

namespace CaseManagement.Web;

/// <summary>Picks the Japanese or English form of a bilingual value for the current UI culture.</summary>
public static class Localized
{
    public static string Pick(string ja, string en) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && !string.IsNullOrEmpty(en) ? en : ja;

    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    /// <summary>Times are shown in Japan time whatever the server's zone.</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Japan).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of a datetime-local input, in Japan time: 2026-04-01T09:00.</summary>
    public static string LocalInput(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Japan).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A datetime-local value (or "2026-04-01 09:00") read as Japan time; null when it is not one.</summary>
    public static DateTimeOffset? ParseLocal(string? text) =>
        DateTime.TryParseExact(text?.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Japan.GetUtcOffset(local))
            : null;
}
