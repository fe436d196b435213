namespace CaseManagement.Web.Security;

/// <summary>Staff sign-in settings (CaseManagement:Security).</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "CaseManagement:Security";

    /// <summary>When true, a staff member without an authenticator (TOTP) is sent to enrol right after the password,
    /// and can open nothing else until enrolled.</summary>
    public bool RequireStaffTotp { get; set; }
}
