namespace CaseManagement.Core.Administration;

/// <summary>A member of staff as the domain knows them; the id is their sign-in account's id.</summary>
public sealed class StaffMember
{
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<StaffCategory> Categories { get; set; } = [];
}
