using System.Security.Cryptography;
using System.Text;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>LINE Login (OpenID Connect, authorization code): /Resident/LineLogin sends the browser to LINE with a
/// fresh state and nonce, kept in a short-lived encrypted cookie; /Resident/LineLogin/Callback checks the state,
/// trades the code for the ID token, and lets Core check the token and the nonce.</summary>
public sealed class LineLoginModel(IMediator mediator, LineApi line, IOptions<LineOptions> options, IDataProtectionProvider protection)
    : PageModel
{
    private const string Cookie = "cm.line-login";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    private IDataProtector Protector => protection.CreateProtector("CaseManagement.Resident.LineLogin");

    private string RedirectUri => $"{Request.Scheme}://{Request.Host}/Resident/LineLogin/Callback";

    public IActionResult OnGet()
    {
        if (!options.Value.LoginEnabled)
        {
            return NotFound();
        }

        var state = Random();
        var nonce = Random();
        var sealedValue = Protector.Protect(string.Join('\n', state, nonce, SignInModel.LocalOrNull(ReturnUrl) ?? ""));
        Response.Cookies.Append(Cookie, sealedValue, new CookieOptions
        {
            HttpOnly = true,
            // LINE sends the browser back with a top-level GET from its own site: Lax lets the cookie come along.
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            Path = "/Resident/LineLogin",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return Redirect(line.AuthorizeUri(RedirectUri, state, nonce).ToString());
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? code, string? state, CancellationToken ct)
    {
        var sealedValue = Request.Cookies[Cookie];
        Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/Resident/LineLogin" });
        var parts = Unseal(sealedValue);
        // state ties the answer to this browser's request (no login CSRF); without it, or with an error from LINE, stop.
        if (parts is not [var expectedState, var nonce, var returnUrl] || string.IsNullOrEmpty(code) || !Same(state, expectedState))
        {
            return Failed();
        }

        var idToken = await line.ExchangeCodeAsync(code, RedirectUri, ct);
        if (idToken is null)
        {
            return Failed();
        }

        var residentId = await mediator.Send(new SignInWithLine(idToken, nonce), ct);
        await ResidentAuthentication.SignInAsync(HttpContext, residentId, "line");
        return LocalRedirect(SignInModel.LocalOrNull(returnUrl) ?? "/Resident/Mine");
    }

    private PageResult Failed()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private string[]? Unseal(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Protector.Unprotect(value).Split('\n');
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static bool Same(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
