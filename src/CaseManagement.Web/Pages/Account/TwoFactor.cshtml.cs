using CaseManagement.Web.Identity;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages.Account;

/// <summary>The second sign-in step: the six-digit code of the authenticator app (RFC 6238), or one recovery code.
/// Wrong codes count towards the same lockout as wrong passwords.</summary>
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect("/Account/Login");
        }

        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        var recovery = (RecoveryCode ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (code.Length == 0 && recovery.Length == 0)
        {
            return Refuse(l["TotpCodeRequired"]);
        }

        var result = code.Length > 0
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(recovery);
        if (result.Succeeded)
        {
            return LocalRedirect(await StaffSignInSteps.NextAsync(users, user, ReturnUrl, Url.IsLocalUrl));
        }

        return Refuse(result.IsLockedOut ? l["SignInLockedOut"] : l["TotpCodeWrong"]);
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
