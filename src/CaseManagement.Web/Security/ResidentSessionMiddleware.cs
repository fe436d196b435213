using Microsoft.AspNetCore.Authentication;

namespace CaseManagement.Web.Security;

/// <summary>Reads the resident cookie on every request (not only on pages that require it), so that a consultation
/// started while signed in is linked to the resident and the header knows who is there.</summary>
internal sealed class ResidentSessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey("cm.resident"))
        {
            var result = await context.AuthenticateAsync(ResidentAuthentication.Scheme);
            if (result.Succeeded && Guid.TryParse(result.Principal.FindFirst(ResidentAuthentication.ResidentIdClaim)?.Value, out var id))
            {
                context.Features.Set(new ResidentSession(id));
                // Without a staff sign-in the resident is the request's user on every page, as on わたしの相談: the
                // antiforgery token of a form on one page must match the user who posts it to another.
                if (context.User.Identity?.IsAuthenticated != true)
                {
                    context.User = result.Principal;
                }
            }
        }

        await next(context);
    }
}
