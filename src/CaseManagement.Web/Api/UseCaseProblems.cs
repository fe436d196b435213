using CaseManagement.Core.Common.Errors;
using FluentValidation;

namespace CaseManagement.Web.Api;

/// <summary>Maps a use case's refusal to an RFC 7807 problem with the person's-language message.</summary>
internal sealed class UseCaseProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ValidationException e)
        {
            return Results.ValidationProblem(e.Errors.GroupBy(x => x.PropertyName).ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage).ToArray()));
        }
        catch (UseCaseException e)
        {
            var status = e switch
            {
                ForbiddenException => StatusCodes.Status403Forbidden,
                NotFoundException => StatusCodes.Status404NotFound,
                TooManyAttemptsException => StatusCodes.Status429TooManyRequests,
                _ => StatusCodes.Status409Conflict,
            };
            return Results.Problem(detail: e.Message, statusCode: status);
        }
    }
}
