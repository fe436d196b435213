using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseManagement.Web.Infrastructure;

/// <summary>Pages show personal data (messages, names), so nothing of them stays in a browser or proxy cache.</summary>
internal sealed class NoStorePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        context.HttpContext.Response.Headers.Pragma = "no-cache";
        return next();
    }
}
