namespace CaseManagement.Web.Security;

/// <summary>Claim types we add to the staff sign-in cookie.</summary>
internal static class StaffClaims
{
    public const string DisplayName = "cm:display_name";
}
