namespace CaseManagement.Core.Administration;

/// <summary>A day one category does not receive, on top of national holidays (研修日, 庁舎点検日…).</summary>
public sealed class CategoryClosedDay
{
    public Guid CategoryId { get; set; }
    public DateOnly Day { get; set; }
    public required string Name { get; set; }
}
