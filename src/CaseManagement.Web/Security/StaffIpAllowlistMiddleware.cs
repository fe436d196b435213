using CaseManagement.Core.Administration;

namespace CaseManagement.Web.Security;

/// <summary>Refuses (403) a request for a staff path from an address outside the staff IP allowlist. Runs after
/// ForwardedHeaders, so behind a trusted proxy the address is the client's; X-Forwarded-For from anyone else is
/// ignored there and the connection's own address is checked.</summary>
internal sealed class StaffIpAllowlistMiddleware(RequestDelegate next, StaffIpAllowlist allowlist, ILogger<StaffIpAllowlistMiddleware> log)
{
    /// <summary>Staff areas, staff sign-in, staff APIs and hubs. Resident pages stay reachable from anywhere.</summary>
    public static readonly string[] StaffPaths = ["/Desk", "/Admin", "/Audit", "/Account", "/api/tasks", "/api/workflows", "/hubs/desk"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsStaffPath(context.Request.Path) && !StaffIpRanges.Allows(await allowlist.GetAsync(context.RequestAborted), context.Connection.RemoteIpAddress))
        {
            log.LogWarning("Staff path {Path} refused for {Address}: outside the staff IP allowlist", context.Request.Path, context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }

    public static bool IsStaffPath(PathString path) => StaffPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
