namespace CaseManagement.Core.Administration;

/// <summary>Everything an admin sets for a category, as the create and edit pages send it: names, workflow, reception
/// hours per weekday (times as "HH:mm"), the category's own closed days (one "yyyy-MM-dd 名称" per line), welcome and
/// auto-reply texts, anonymous consultation.</summary>
public sealed record CategorySettings
{
    /// <summary>Lower-case letters, digits and hyphens; in URLs (/Resident/Consult/{code}) and fixed once created.</summary>
    public string Code { get; init; } = "";

    public string NameJa { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string DescriptionJa { get; init; } = "";
    public string DescriptionEn { get; init; } = "";

    /// <summary>The published process its cases run (consultation, …).</summary>
    public string WorkflowProcessId { get; init; } = "";

    public int SortOrder { get; init; }
    public bool IsActive { get; init; } = true;
    public bool AllowAnonymous { get; init; } = true;
    public bool ClosedOnNationalHolidays { get; init; } = true;
    public bool ClosedAtYearEnd { get; init; } = true;

    /// <summary>One entry per weekday, Monday first; a weekday absent or not open is closed.</summary>
    // A List, not []: MVC binds a posted form into the existing collection, and [] is read-only.
    public IReadOnlyList<WeekdayReception> Hours { get; init; } = new List<WeekdayReception>();

    /// <summary>Closed days of this category only, one per line: "2026-05-01 研修日".</summary>
    public string ClosedDays { get; init; } = "";

    public string WelcomeJa { get; init; } = "";
    public string WelcomeEn { get; init; } = "";
    public string AutoReplyOpenJa { get; init; } = "";
    public string AutoReplyOpenEn { get; init; } = "";
    public string AutoReplyClosedJa { get; init; } = "";
    public string AutoReplyClosedEn { get; init; } = "";
}
