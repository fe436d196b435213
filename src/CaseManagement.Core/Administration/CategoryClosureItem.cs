namespace CaseManagement.Core.Administration;

/// <summary>An item (a <see cref="Cases.ClosureItems"/> key) that must be recorded before a case of the category closes.</summary>
public sealed class CategoryClosureItem
{
    public Guid CategoryId { get; set; }
    public required string Item { get; set; }
}
