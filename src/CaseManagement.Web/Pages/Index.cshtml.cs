using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Pages;

/// <summary>The root address opens the resident area: most visitors are residents.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/Resident");
}
