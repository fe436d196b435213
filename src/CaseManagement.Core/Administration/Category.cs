namespace CaseManagement.Core.Administration;

/// <summary>A consultation category (相談分野) such as 児童相談: its names, the workflow its cases run, its staff, and
/// how it receives residents (受付): hours, closed days, welcome and auto-reply texts, anonymous consultation.</summary>
public sealed class Category
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string NameJa { get; set; }
    public required string NameEn { get; set; }
    public string DescriptionJa { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public required string WorkflowProcessId { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Whether a resident may consult with only a secret link and PIN, without signing in.</summary>
    public bool AllowAnonymous { get; set; } = true;

    public bool ClosedOnNationalHolidays { get; set; } = true;

    /// <summary>年末年始 (December 29 – January 3).</summary>
    public bool ClosedAtYearEnd { get; set; } = true;

    public string WelcomeJa { get; set; } = "";
    public string WelcomeEn { get; set; } = "";

    /// <summary>Answers the first message of a consultation inside reception hours; empty: no answer.</summary>
    public string AutoReplyOpenJa { get; set; } = "";
    public string AutoReplyOpenEn { get; set; } = "";

    /// <summary>Answers a message outside reception hours; empty: a standard text naming the next opening.</summary>
    public string AutoReplyClosedJa { get; set; } = "";
    public string AutoReplyClosedEn { get; set; } = "";

    public List<CategoryReceptionHours> ReceptionHours { get; set; } = [];
    public List<CategoryClosedDay> ClosedDays { get; set; } = [];
}
