using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>What a statistics row's key reads as on screen: the resource label of a code, an hour, a weekday.</summary>
public static class StatisticsLabels
{
    public static string Label(IStringLocalizer l, string dimension, string key) => (dimension, key) switch
    {
        ("category" or "month", _) => key,
        (_, "") => l["NotRecorded"],
        ("consultationType", _) => l["ConsultationType_" + key],
        ("gender", _) => l["Gender_" + key],
        ("ageBand", _) => l["AgeBand_" + key],
        ("hour", _) => l["HourFormat", int.Parse(key, CultureInfo.InvariantCulture)],
        ("weekday", _) => l["Weekday_" + key],
        _ => key,
    };

    public static string Duration(IStringLocalizer l, TimeSpan? span) =>
        span is { } s ? l["DurationFormat", (int)s.TotalHours, s.Minutes] : l["NoFigure"];
}
