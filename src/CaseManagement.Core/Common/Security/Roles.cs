namespace CaseManagement.Core.Common.Security;

/// <summary>The staff roles. Residents have no role: they act through a secret link or their own sign-in.</summary>
public static class Roles
{
    public const string Counselor = "Counselor";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";
    public const string Auditor = "Auditor";

    /// <summary>Held only by the platform itself (timers, start-up), never by a person.</summary>
    public const string System = "System";

    public static readonly IReadOnlyList<string> All = [Counselor, Supervisor, Admin, Auditor];
}
