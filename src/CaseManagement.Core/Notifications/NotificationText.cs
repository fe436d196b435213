using System.Globalization;
using System.Text.Json;
using System.Xml;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Statistics;

namespace CaseManagement.Core.Notifications;

/// <summary>Renders a notification in the current UI language from its template key (Notice_&lt;key&gt;) and arguments.</summary>
public static class NotificationText
{
    public static string Render(string template, string argumentsJson)
    {
        var args = JsonSerializer.Deserialize<Dictionary<string, string>>(argumentsJson) ?? [];
        string Arg(string name) => args.GetValueOrDefault(name) ?? "";
        return template switch
        {
            NotificationTemplates.TaskEscalated => Messages.Format("Notice_" + template,
                Arg("caseNumber"), Duration(Arg("duration"), Arg("business") == "true"), Time(Arg("at"))),
            NotificationTemplates.IdleCaseReminder => Messages.Format("Notice_" + template, Arg("caseNumber"), Arg("taskName"), Time(Arg("since"))),
            _ => Messages.Format("Notice_other", Arg("caseNumber"), template),
        };
    }

    /// <summary>An ISO 8601 duration as people say it: PT4H of office time is 「4営業時間」, P3D is 「3日」.</summary>
    public static string Duration(string iso, bool business)
    {
        TimeSpan span;
        try
        {
            span = XmlConvert.ToTimeSpan(iso);
        }
        catch (FormatException)
        {
            return iso;
        }

        return business ? Messages.Format("Duration_BusinessHours", Number(span.TotalHours))
            : span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? Messages.Format("Duration_Days", Number(span.TotalDays))
            : span.TotalHours >= 1 ? Messages.Format("Duration_Hours", Number(span.TotalHours))
            : Messages.Format("Duration_Minutes", Number(span.TotalMinutes));
    }

    /// <summary>Japan time, month/day and hour: 11/22 13:00.</summary>
    public static string Time(string isoInstant) =>
        DateTimeOffset.TryParse(isoInstant, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? JapanTime.ToJapan(at).ToString("M/d HH:mm", CultureInfo.InvariantCulture)
            : isoInstant;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
