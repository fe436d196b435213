using CaseManagement.Core.Common.Security;

namespace CaseManagement.Testing.Core;

/// <summary>Someone a test acts as: a staff member with roles, or a resident (no id, no role).</summary>
public sealed record TestActor(Guid? StaffId, string? DisplayName, IReadOnlyList<string> Roles, string? IpAddress = "192.0.2.10")
    : ICurrentActor
{
    public static TestActor Resident { get; } = new(null, null, []);

    /// <summary>A resident who signed in (e-mail code or LINE) as this resident id.</summary>
    public Guid? ResidentId { get; init; }

    public string AuditName => StaffId is { } id ? "staff:" + id : ResidentId is { } r ? "resident:" + r : "resident:anonymous";

    public string? UserAgent => "CaseManagement.Tests";

    public bool IsInRole(string role) => Roles.Contains(role);

    public static TestActor Staff(string name, params string[] roles) => new(Guid.CreateVersion7(), name, roles);

    public static TestActor SignedInResident(Guid residentId, string? ipAddress = "192.0.2.10") => new(null, null, [], ipAddress) { ResidentId = residentId };
}
