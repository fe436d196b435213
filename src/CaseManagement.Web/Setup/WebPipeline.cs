using System.Globalization;
using CaseManagement.Web.Api;
using CaseManagement.Web.Health;
using CaseManagement.Web.Hubs;
using CaseManagement.Web.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Setup;

/// <summary>The request pipeline, in order.</summary>
internal static class WebPipeline
{
    public static readonly CultureInfo[] Cultures = [new("ja-JP"), new("en")];

    public static WebApplication UseCaseManagementWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Status/500");
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("ja-JP");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseMiddleware<StaffIpAllowlistMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseCookiePolicy();
        app.UseAuthentication();
        app.UseMiddleware<ResidentSessionMiddleware>();
        app.UseMiddleware<StaffPasswordChangeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapHub<DeskHub>(DeskHub.Path);
        app.MapChat();
        app.MapPost("/culture", (HttpContext http, [FromForm] string culture, [FromForm] string? returnUrl) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name == culture) ?? Cultures[0];
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        });
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapCaseManagementHealth();
        app.MapWorkflowApi();
        app.MapTaskApi();
        app.MapLineWebhook();
        app.MapWorkflowDesignerApi();
        app.MapDecisionEditorApi();
        app.MapWorkflowTrialApi();
        return app;
    }
}
