namespace CaseManagement.Core.Administration;

/// <summary>The automatic assignment mode an admin chose for a category; a category without a row assigns nothing.</summary>
public sealed class CategoryAssignment
{
    public Guid CategoryId { get; set; }
    public required string Mode { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
