namespace CaseManagement.Core.Administration;

/// <summary>One weekday's reception as typed: open or not, from–to, and an optional break, all "HH:mm".</summary>
public sealed record WeekdayReception
{
    public DayOfWeek Weekday { get; init; }
    public bool Open { get; init; }
    public string? Opens { get; init; }
    public string? Closes { get; init; }
    public string? BreakStarts { get; init; }
    public string? BreakEnds { get; init; }

    /// <summary>Monday to Sunday, the order people read a week in Japan.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}
