using System.Text;
using CaseManagement.Core.Administration;
using CaseManagement.Web.Identity;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages.Account;

/// <summary>Enrolling an authenticator app (TOTP, RFC 6238): the key as a QR code and in groups of four, a first code to
/// confirm it, then ten recovery codes shown once. Open to a signed-in staff member, and to one who has just given
/// the right password but has no authenticator yet (when the setting requires one) — never to one who has.</summary>
public sealed class AuthenticatorModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IMediator mediator, IStringLocalizer<SharedResource> l) : PageModel
{
    private const string Issuer = "CaseManagement";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool AlreadyEnrolled { get; private set; }

    public string GroupedKey { get; private set; } = "";

    public string OtpAuthUri { get; private set; } = "";

    public string? QrSvg { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string NextUrl { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await EnrollingUserAsync() is not { } enrolling)
        {
            return Redirect("/Account/Login");
        }

        await ShowKeyAsync(enrolling.User, enrolling.SignedIn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await EnrollingUserAsync() is not { } enrolling)
        {
            return Redirect("/Account/Login");
        }

        var user = enrolling.User;
        if (AlreadyEnrolled)
        {
            return Page();
        }

        var code = new string((Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            // Someone who has only the password counts towards the lockout here too.
            if (!enrolling.SignedIn)
            {
                await users.AccessFailedAsync(user);
            }

            ModelState.AddModelError(string.Empty, code.Length == 0 ? l["TotpCodeRequired"] : await users.IsLockedOutAsync(user) ? l["SignInLockedOut"] : l["TotpCodeWrong"]);
            await ShowKeyAsync(user, enrolling.SignedIn);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await users.ResetAccessFailedCountAsync(user);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        if (!enrolling.SignedIn)
        {
            await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "mfa");
        // The audit row names the member, who is signed in from this response on.
        HttpContext.User = await signIn.CreateUserPrincipalAsync(user);
        await mediator.Send(new RecordStaffTotpEnrolled(user.Id), ct);
        NextUrl = await StaffSignInSteps.NextAsync(users, user, ReturnUrl, Url.IsLocalUrl);
        return Page();
    }

    private async Task<(StaffUser User, bool SignedIn)?> EnrollingUserAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } signedIn)
        {
            AlreadyEnrolled = signedIn.TwoFactorEnabled;
            return (signedIn, true);
        }

        return await signIn.GetTwoFactorAuthenticationUserAsync() is { TwoFactorEnabled: false } passwordOnly ? (passwordOnly, false) : null;
    }

    private async Task ShowKeyAsync(StaffUser user, bool signedIn)
    {
        if (AlreadyEnrolled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            if (signedIn)
            {
                // A new key changes the security stamp: keep this session valid.
                await signIn.RefreshSignInAsync(user);
            }
        }

        GroupedKey = Grouped(key!);
        OtpAuthUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrSvg = QrCodeSvg.Render(OtpAuthUri);
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(text.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }
}
