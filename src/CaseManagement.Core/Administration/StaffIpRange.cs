namespace CaseManagement.Core.Administration;

/// <summary>A network (CIDR, normalised by <see cref="StaffIpRanges"/>) from which staff may reach the staff areas.</summary>
public sealed class StaffIpRange
{
    public required string Cidr { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
