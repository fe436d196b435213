using Microsoft.AspNetCore.Antiforgery;

namespace CaseManagement.Web.Api;

/// <summary>JSON APIs called from our own pages: a request that changes something must carry the page's antiforgery
/// token in the RequestVerificationToken header (a cross-site form or fetch cannot read it).</summary>
internal sealed class AntiforgeryHeader(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: "antiforgery token missing or invalid");
            }
        }

        return await next(context);
    }
}
