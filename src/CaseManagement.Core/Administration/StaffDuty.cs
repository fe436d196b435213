namespace CaseManagement.Core.Administration;

/// <summary>Whether a counselor is at their desk (在席) and may be given new consultations automatically.</summary>
public sealed class StaffDuty
{
    public Guid StaffId { get; set; }
    public bool OnDuty { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
