using CaseManagement.Core.Residents.SignIn;
using CaseManagement.Web.Infrastructure;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>Resident sign-in, step 2: the six digits from the mail. Right → signed in; otherwise the reason, and a
/// way to ask for a new code when this one cannot work any more.</summary>
public sealed class SignInCodeModel(IMediator mediator) : PageModel, IReloadablePage
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Email { get; private set; } = "";

    /// <summary>The code can no longer work (used, expired, void): offer a new one.</summary>
    public bool NeedsNewCode { get; private set; }

    public IActionResult OnGet() => Load() ? Page() : RedirectToPage("SignIn", new { ReturnUrl = SignInModel.LocalOrNull(ReturnUrl) });

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Load())
        {
            return RedirectToPage("SignIn", new { ReturnUrl = SignInModel.LocalOrNull(ReturnUrl) });
        }

        var check = await mediator.Send(new VerifySignInCode(Email, Code), ct);
        if (check.SignedIn)
        {
            TempData.Remove(SignInModel.EmailKey);
            await ResidentAuthentication.SignInAsync(HttpContext, check.ResidentId!.Value, "email");
            return LocalRedirect(SignInModel.LocalOrNull(ReturnUrl) ?? "/Resident/Mine");
        }

        NeedsNewCode = check.Outcome is not SignInCodeOutcome.Wrong;
        ModelState.AddModelError(string.Empty, check.Message!);
        Code = "";
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public Task LoadAsync(CancellationToken ct)
    {
        Load();
        return Task.CompletedTask;
    }

    private bool Load()
    {
        Email = TempData.Peek(SignInModel.EmailKey) as string ?? "";
        return Email.Length > 0;
    }
}
