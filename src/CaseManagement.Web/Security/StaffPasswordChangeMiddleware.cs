namespace CaseManagement.Web.Security;

/// <summary>A member signed in with a password an admin set goes to /Account/ChangePassword from every staff page
/// (a page request is redirected, anything else refused with 403) until they have chosen their own. Signing out
/// stays possible.</summary>
internal sealed class StaffPasswordChangeMiddleware(RequestDelegate next)
{
    public const string ChangePath = "/Account/ChangePassword";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == StaffClaims.MustChangePassword)
            && !context.Request.Path.StartsWithSegments(ChangePath, StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
            && StaffIpAllowlistMiddleware.IsStaffPath(context.Request.Path))
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers["X-Requested-With"].Count == 0)
            {
                context.Response.Redirect(ChangePath + "?ReturnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return Task.CompletedTask;
        }

        return next(context);
    }
}
