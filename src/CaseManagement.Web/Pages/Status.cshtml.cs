using CaseManagement.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CaseManagement.Web.Pages;

/// <summary>The page people see for 403, 404, 409 and 500: what happened, in words, and a way back.</summary>
// Re-executed for the status of a refused POST; it changes nothing, and a POST that carried no form (a hub's
// negotiate, an upload refused before its form was read) must still get its own status, not an antiforgery 400.
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Title = code switch
        {
            403 => l["Status403Title"],
            404 => l["Status404Title"],
            409 => l["Status409Title"],
            400 => l["Status400Title"],
            429 => l["Status429Title"],
            413 => l["Status413Title"],
            _ => l["Status500Title"],
        };
        Message = HttpContext.Items[UseCaseExceptionPageFilter.StatusMessageKey] as string
            ?? (code switch { 403 => l["Status403Message"], 404 => l["Status404Message"], 429 => l["Status429Message"], _ => l["Status500Message"] });
        Response.StatusCode = code;
    }
}
