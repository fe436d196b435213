namespace CaseManagement.Core.Common.Security;

/// <summary>The platform itself (start-up seeding, timers): every role, no person.</summary>
public sealed class SystemActor : ICurrentActor
{
    public Guid? StaffId => null;

    public string AuditName => "system";

    public string? DisplayName => "system";

    public string? IpAddress => null;

    public string? UserAgent => null;

    public bool IsInRole(string role) => true;
}
