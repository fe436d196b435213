namespace CaseManagement.Core.Administration;

/// <summary>A staff member works the queue of this category.</summary>
public sealed class StaffCategory
{
    public Guid StaffId { get; set; }
    public Guid CategoryId { get; set; }
}
