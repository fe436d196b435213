using CaseManagement.Web.Identity;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Pages.Account;

/// <summary>Staff sign-in with lockout after repeated failures; then the authenticator code, or enrolment when the
/// setting requires one and the member has none yet.</summary>
public sealed class LoginModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IOptions<StaffSecurityOptions> security, IStringLocalizer<SharedResource> l)
    : PageModel
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

        var user = await users.FindByNameAsync(UserName.Trim());
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
            if (user!.TwoFactorEnabled || security.Value.RequireStaffTotp)
            {
                await StaffSignInSteps.RememberPasswordPassedAsync(HttpContext, user);
                var step = user.TwoFactorEnabled ? "/Account/TwoFactor" : "/Account/Authenticator";
                return LocalRedirect(returnUrl is null ? step : step + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
            }

            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(await StaffSignInSteps.NextAsync(users, user, returnUrl, Url.IsLocalUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? l["SignInLockedOut"] : l["SignInFailed"]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
