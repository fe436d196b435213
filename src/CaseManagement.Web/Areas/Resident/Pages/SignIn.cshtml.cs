using CaseManagement.Core.Residents;
using CaseManagement.Core.Residents.Line;
using CaseManagement.Core.Residents.SignIn;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>Resident sign-in, step 1: a mail address for a one-time code, or LINE.</summary>
public sealed class SignInModel(IMediator mediator, IOptions<LineOptions> line) : PageModel, IReloadablePage
{
    /// <summary>The address carried to the code page (TempData: an encrypted cookie that ends with the session).</summary>
    public const string EmailKey = "cm:sign-in-email";

    /// <summary>The cookie TempData lives in (ASP.NET Core's default name), deleted at sign-out.</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool LineEnabled => line.Value.LoginEnabled;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new RequestSignInCode(Email), ct);
        TempData[EmailKey] = ResidentEmail.Normalize(Email);
        return RedirectToPage("SignInCode", new { ReturnUrl = LocalOrNull(ReturnUrl) });
    }

    public Task LoadAsync(CancellationToken ct) => Task.CompletedTask;

    internal static string? LocalOrNull(string? url) =>
        url is { Length: > 1 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : null;
}
