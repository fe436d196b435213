using CaseManagement.Workflows.Calendar;

namespace CaseManagement.Core.Administration;

/// <summary>How a category receives residents right now: open or not, when it next opens, its texts and weekly
/// hours, and the calendar itself (for the consultation's auto-reply rules).</summary>
public sealed record ReceptionView(
    Guid CategoryId,
    string Code,
    string NameJa,
    string NameEn,
    bool AllowAnonymous,
    bool IsOpen,
    DateTimeOffset NextOpening,
    string WelcomeJa,
    string WelcomeEn,
    string AutoReplyOpenJa,
    string AutoReplyOpenEn,
    string AutoReplyClosedJa,
    string AutoReplyClosedEn,
    IReadOnlyList<WeekdayReception> Hours,
    bool ClosedOnNationalHolidays,
    BusinessCalendar Calendar);
