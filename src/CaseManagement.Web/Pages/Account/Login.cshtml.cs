using CaseManagement.Core.Common.Security;
using CaseManagement.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages.Account;

/// <summary>Staff sign-in with lockout after repeated failures.</summary>
public sealed class LoginModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.Empty, l["SignInRequired"]);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await HomeOfAsync(UserName.Trim()));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? l["SignInLockedOut"] : l["SignInFailed"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // Without a return address each role starts in its own area, not in one it may not open.
    private async Task<string> HomeOfAsync(string userName)
    {
        var roles = await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
        return roles.Contains(Roles.Counselor) || roles.Contains(Roles.Supervisor) ? "/Desk"
            : roles.Contains(Roles.Admin) ? "/Admin"
            : roles.Contains(Roles.Auditor) ? "/Audit"
            : "/";
    }
}
