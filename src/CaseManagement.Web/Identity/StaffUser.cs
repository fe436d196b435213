using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Identity;

/// <summary>A staff sign-in account; its id is also the staff member's id in the domain.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The password was set by an admin (new account, reset): the member must choose their own first.</summary>
    public bool MustChangePassword { get; set; }
}
