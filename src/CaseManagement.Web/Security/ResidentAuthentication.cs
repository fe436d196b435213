using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace CaseManagement.Web.Security;

/// <summary>The resident's own sign-in: a cookie scheme apart from staff Identity (residents are not staff accounts).
/// The principal carries only the resident id and how they signed in; never NameIdentifier or roles, so that nothing
/// staff-side can mistake a resident for staff.</summary>
internal static class ResidentAuthentication
{
    public const string Scheme = "Resident";
    public const string Policy = "Resident";
    public const string ResidentIdClaim = "cm:resident_id";
    public const string MethodClaim = "cm:sign_in_method";

    public static IServiceCollection AddResidentSignIn(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "cm.resident";
            o.Cookie.HttpOnly = true;
            // Lax, not Strict: the link in a LINE push is a navigation from another app, and must arrive signed in.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Resident/SignIn";
            o.LogoutPath = "/Resident/SignOut";
            o.AccessDeniedPath = "/Resident/SignIn";
            // A session cookie that ends an hour after the last request: a shared or lost phone does not stay signed in.
            o.ExpireTimeSpan = TimeSpan.FromHours(1);
            o.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(ResidentIdClaim));
        return services;
    }

    public static Task SignInAsync(HttpContext http, Guid residentId, string method)
    {
        var identity = new ClaimsIdentity([new Claim(ResidentIdClaim, residentId.ToString()), new Claim(MethodClaim, method)], Scheme);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    /// <summary>The signed-in resident of this request, whatever page it is (set by <see cref="ResidentSessionMiddleware"/>).</summary>
    public static Guid? ResidentId(this HttpContext http) => http.Features.Get<ResidentSession>()?.ResidentId;
}
