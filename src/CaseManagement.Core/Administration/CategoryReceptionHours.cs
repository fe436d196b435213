namespace CaseManagement.Core.Administration;

/// <summary>When a category receives on one weekday, e.g. 平日 8:30–17:15, with an optional break (昼休み).</summary>
public sealed class CategoryReceptionHours
{
    public Guid CategoryId { get; set; }
    public DayOfWeek Weekday { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
    public TimeOnly? BreakStarts { get; set; }
    public TimeOnly? BreakEnds { get; set; }
}
