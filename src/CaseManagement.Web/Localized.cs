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
}
