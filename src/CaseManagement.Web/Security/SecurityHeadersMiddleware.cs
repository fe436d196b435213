namespace CaseManagement.Web.Security;

/// <summary>Headers every response carries. Referrer-Policy matters most: a resident's secret link is in the URL
/// and must never leak to another site through Referer. Scripts run only from our origin with this request's nonce
/// (no inline script or handler can run). style-src keeps 'unsafe-inline': bpmn-js/diagram-js write style attributes
/// (overlays, tooltips, popup menus) that a nonce cannot cover; styles cannot run code.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["Referrer-Policy"] = "no-referrer";
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Content-Security-Policy"] =
                $"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'nonce-{context.CspNonceFor()}'; " +
                "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
