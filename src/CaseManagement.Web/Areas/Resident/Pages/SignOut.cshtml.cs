using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages;

/// <summary>Resident sign-out (POST only): ends the session and asks the browser to forget this site's cookies,
/// storage and cache, so nothing of the consultation stays on the phone.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await ResidentAuthentication.SignOutAsync(HttpContext);
        Response.Cookies.Delete(SignInModel.TempDataCookie);
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return Redirect("/?signedOut=true");
    }
}
