using System.Globalization;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common.Resources;

namespace CaseManagement.Core.Statistics;

/// <summary>What a statistics key reads as in an export: the message label of a code, an hour, a weekday.</summary>
internal static class StatisticsLabels
{
    public static string Label(string dimension, string key) => (dimension, key) switch
    {
        ("category" or "month", _) => key,
        (_, "") => Messages.Get("NotRecorded"),
        ("hour", _) => Messages.Format("HourFormat", int.Parse(key, CultureInfo.InvariantCulture)),
        ("consultationType", _) => Code("ConsultationType_", CaseAttributes.ConsultationTypes, key),
        ("gender", _) => Code("Gender_", CaseAttributes.Genders, key),
        ("ageBand", _) => Code("AgeBand_", CaseAttributes.AgeBands, key),
        ("weekday", _) => Messages.Get("Weekday_" + key),
        _ => key,
    };

    /// <summary>A code no longer in the lists is shown as it was stored.</summary>
    public static string Code(string prefix, IReadOnlyList<string> known, string? code) =>
        code is null ? "" : known.Contains(code) ? Messages.Get(prefix + code) : code;
}
