using System.Reflection;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Common.Behaviours;

/// <summary>Refuses a request whose [Authorize] roles the actor does not hold. A request with neither
/// [Authorize] nor [AllowAnyone] is refused too: forgetting to decide is not permission.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentActor actor) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute? Required = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();
    private static readonly bool Open = typeof(TRequest).GetCustomAttribute<AllowAnyoneAttribute>() is not null;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var allowed = Required is null ? Open : Required.Roles.Any(actor.IsInRole);
        return allowed ? next() : throw new ForbiddenException(Messages.Get("Forbidden"));
    }
}
