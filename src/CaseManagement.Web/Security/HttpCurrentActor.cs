using System.Security.Claims;
using CaseManagement.Core.Common.Security;

namespace CaseManagement.Web.Security;

/// <summary>The actor of the current HTTP request: a signed-in staff member, a signed-in resident, or an anonymous one.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private HttpContext? Http => accessor.HttpContext;

    public Guid? StaffId =>
        Guid.TryParse(Http?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? ResidentId => Http?.ResidentId();

    public string AuditName => StaffId is { } id ? "staff:" + id : ResidentId is { } r ? "resident:" + r : "resident:anonymous";

    public string? DisplayName => Http?.User.FindFirstValue(StaffClaims.DisplayName) ?? Http?.User.Identity?.Name;

    public string? IpAddress => Http?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => Http?.Request.Headers.UserAgent.ToString();

    public bool IsInRole(string role) => Http?.User.IsInRole(role) ?? false;
}
