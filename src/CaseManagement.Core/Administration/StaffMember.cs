namespace CaseManagement.Core.Administration;

/// <summary>A member of staff as the domain knows them; the id is their sign-in account's id.</summary>
public sealed class StaffMember
{
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an admin disabled the account, or null while it is in use.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public List<StaffCategory> Categories { get; set; } = [];

    /// <summary>Makes these categories the ones the member works, keeping rows that stay.</summary>
    public void WorkIn(IReadOnlyCollection<Guid> categoryIds)
    {
        Categories.RemoveAll(c => !categoryIds.Contains(c.CategoryId));
        foreach (var id in categoryIds.Where(id => Categories.All(c => c.CategoryId != id)))
        {
            Categories.Add(new StaffCategory { StaffId = Id, CategoryId = id });
        }
    }
}
