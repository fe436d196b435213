using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseManagement.Web.Security;

/// <summary>Per-client-address limits on staff sign-in attempts (POST only; lockout covers one account, this covers
/// guessing across accounts) and on the public resident pages. Limits come from CaseManagement:RateLimits:{SignIn,Resident}
/// (PermitLimit per WindowSeconds); a refusal is 429 with a Japanese page and Retry-After.</summary>
internal static class RateLimits
{
    public const string SignIn = "staff-sign-in";
    public const string Resident = "resident";

    public static IServiceCollection AddCaseManagementRateLimits(this IServiceCollection services, IConfiguration config) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? PerAddress(http, config.GetSection("CaseManagement:RateLimits:SignIn"), permitLimit: 10, windowSeconds: 60)
                : RateLimitPartition.GetNoLimiter("read"));
            o.AddPolicy(Resident, http => PerAddress(http, config.GetSection("CaseManagement:RateLimits:Resident"), permitLimit: 120, windowSeconds: 60));
        });

    private static RateLimitPartition<string> PerAddress(HttpContext http, IConfigurationSection limits, int permitLimit, int windowSeconds) =>
        RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.GetValue("PermitLimit", permitLimit),
            Window = TimeSpan.FromSeconds(limits.GetValue("WindowSeconds", windowSeconds)),
            QueueLimit = 0,
        });
}
