using System.Security.Claims;
using CaseManagement.Core.Common.Security;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CaseManagement.Web.Security;

/// <summary>The steps of staff sign-in shared by the password, code and enrolment pages.</summary>
internal static class StaffSignInSteps
{
    /// <summary>Remembers, in Identity's short-lived two-factor cookie, that this account's password was right: enough
    /// to enter a code or to enrol, never to open a staff page.</summary>
    public static Task RememberPasswordPassedAsync(HttpContext http, StaffUser user) =>
        http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Id.ToString())], IdentityConstants.TwoFactorUserIdScheme)));

    /// <summary>Where to go once signed in: the return address if it is ours, else the role's own area.</summary>
    public static async Task<string> NextAsync(UserManager<StaffUser> users, StaffUser user, string? returnUrl, Func<string?, bool> isLocal)
    {
        if (isLocal(returnUrl))
        {
            return returnUrl!;
        }

        // Without a return address each role starts in its own area, not in one it may not open.
        var roles = await users.GetRolesAsync(user);
        return roles.Contains(Roles.Counselor) || roles.Contains(Roles.Supervisor) ? "/Desk"
            : roles.Contains(Roles.Admin) ? "/Admin"
            : roles.Contains(Roles.Auditor) ? "/Audit"
            : "/";
    }
}
