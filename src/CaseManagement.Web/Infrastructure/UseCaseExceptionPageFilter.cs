using CaseManagement.Core.Common.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Infrastructure;

/// <summary>Turns a use case's refusal into the page again with the message (400 invalid, 403, 404, 409 conflict,
/// 429 too many tries);
/// nothing the person typed is lost.</summary>
internal sealed class UseCaseExceptionPageFilter : IAsyncPageFilter
{
    public const string StatusMessageKey = "cm:status-message";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }

        var status = executed.Exception switch
        {
            ValidationException => StatusCodes.Status400BadRequest,
            ForbiddenException => StatusCodes.Status403Forbidden,
            NotFoundException => StatusCodes.Status404NotFound,
            ConflictException => StatusCodes.Status409Conflict,
            TooManyAttemptsException => StatusCodes.Status429TooManyRequests,
            _ => 0,
        };
        if (status == 0)
        {
            return;
        }

        var state = executed.ModelState;
        if (executed.Exception is ValidationException v)
        {
            foreach (var e in v.Errors)
            {
                state.AddModelError(e.PropertyName, e.ErrorMessage);
            }
        }
        else
        {
            state.AddModelError(string.Empty, executed.Exception.Message);
        }

        executed.ExceptionHandled = true;
        if (executed.HandlerInstance is PageModel page and IReloadablePage reloadable && status != StatusCodes.Status404NotFound)
        {
            try
            {
                await reloadable.LoadAsync(context.HttpContext.RequestAborted);
                var result = page.Page();
                result.StatusCode = status;
                executed.Result = result;
                return;
            }
            catch (UseCaseException)
            {
                // The page itself is gone for this person: fall through to the plain status page.
            }
        }

        // The status page (re-executed by UseStatusCodePagesWithReExecute) shows this message.
        context.HttpContext.Items[StatusMessageKey] = executed.Exception.Message;
        executed.Result = new StatusCodeResult(status);
    }
}
