namespace CaseManagement.Web.Security;

/// <summary>Claim types we add to the staff sign-in cookie.</summary>
internal static class StaffClaims
{
    public const string DisplayName = "cm:display_name";

    /// <summary>Present while the member's password is one an admin set (see <see cref="StaffPasswordChangeMiddleware"/>).</summary>
    public const string MustChangePassword = "cm:must_change_password";
}
