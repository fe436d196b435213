using CaseManagement.Core.Administration;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages.Account;

/// <summary>A signed-in member replaces their password. After an admin set it (a new account, a reset) nothing else
/// opens until this is done (<see cref="StaffPasswordChangeMiddleware"/>). Identity's password rules apply, with its
/// messages in Japanese; the new password must differ from the current one.</summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    public string ConfirmPassword { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Required => User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var refusal = string.IsNullOrEmpty(CurrentPassword) || string.IsNullOrEmpty(NewPassword) ? l["PasswordChangeRequired"].Value
            : NewPassword != ConfirmPassword ? l["PasswordChangeMismatch"].Value
            : NewPassword == CurrentPassword ? l["PasswordChangeSame"].Value
            : null;
        var errors = refusal is null ? await ChangeAsync(user) : [refusal];
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                ModelState.AddModelError(string.Empty, e);
            }

            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        // A new cookie without the claim; the changed security stamp has already ended the member's other sessions.
        await signIn.RefreshSignInAsync(user);
        HttpContext.User = await signIn.CreateUserPrincipalAsync(user);
        await mediator.Send(new RecordStaffPasswordChanged(user.Id), ct);
        return LocalRedirect(await StaffSignInSteps.NextAsync(users, user, ReturnUrl, Url.IsLocalUrl));
    }

    private async Task<IReadOnlyList<string>> ChangeAsync(StaffUser user)
    {
        // Saved together with the new password, and only with it (a refused change saves nothing).
        user.MustChangePassword = false;
        var changed = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        return changed.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? l["PasswordChangeWrongCurrent"].Value : e.Description).ToList();
    }
}
