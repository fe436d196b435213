namespace CaseManagement.Core.Common.Security;

/// <summary>Who is asking, and from where: the web host fills it from the request.</summary>
public interface ICurrentActor
{
    /// <summary>The staff member's id, or null for a resident or the system.</summary>
    Guid? StaffId { get; }

    /// <summary>The signed-in resident's id (e-mail code or LINE Login), or null for staff, the system and anonymous
    /// residents. A default member, so that actors who can never be residents need not say so.</summary>
    Guid? ResidentId => null;

    /// <summary>A stable label for the audit log: "staff:{id}", "resident:{id}", "resident:anonymous", "system".</summary>
    string AuditName { get; }

    string? DisplayName { get; }

    string? IpAddress { get; }

    string? UserAgent { get; }

    bool IsInRole(string role);
}
