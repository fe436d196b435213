using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Security;
using CaseManagement.Web.Security;
using FluentValidation;
using Microsoft.AspNetCore.SignalR;

namespace CaseManagement.Web.Hubs;

/// <summary>Hub methods run in their own DI scope, outside any HTTP request: each one says who acts (the person of
/// the connection) before it sends a use case, and turns a refusal into a message the browser may show.</summary>
internal static class HubActor
{
    public static void ActAs(this ActorOverride actor, HubCallerContext context) =>
        actor.Actor = new HttpCurrentActor(new HttpContextAccessor { HttpContext = context.GetHttpContext() });

    public static async Task<T> RefusedAsHubErrorAsync<T>(Func<Task<T>> send)
    {
        try
        {
            return await send();
        }
        catch (UseCaseException e)
        {
            throw new HubException(e.Message);
        }
        catch (ValidationException e)
        {
            throw new HubException(string.Join(" ", e.Errors.Select(x => x.ErrorMessage)));
        }
    }
}
