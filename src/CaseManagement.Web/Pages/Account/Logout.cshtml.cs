using CaseManagement.Web.Identity;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages.Account;

/// <summary>Sign-out (POST only, so a link elsewhere cannot sign anyone out).</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        ClearSiteData.Apply(Response);
        return Redirect("/Account/Login");
    }
}
