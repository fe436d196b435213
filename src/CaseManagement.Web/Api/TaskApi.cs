using System.Text.Json;
using CaseManagement.Core.Tasks;
using CaseManagement.Web.Setup;
using MediatR;

namespace CaseManagement.Web.Api;

/// <summary>Task APIs for other systems and scripts: read a task (with its revision), complete it only as seen.</summary>
internal static class TaskApi
{
    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tasks").RequireAuthorization(WebServices.DeskPolicy).AddEndpointFilter<UseCaseProblems>();
        api.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetTask(id), ct));
        api.MapPost("/{id:guid}/complete", async (Guid id, CompleteTaskBody body, IMediator mediator, CancellationToken ct) =>
            await mediator.Send(new CompleteTask(id, Plain(body.Variables), body.Revision), ct));
        return app;
    }

    // JSON values become the engine's plain values (string, long, decimal, bool, null, lists, maps).
    private static Dictionary<string, object?> Plain(Dictionary<string, JsonElement>? variables) =>
        (variables ?? []).ToDictionary(kv => kv.Key, kv => Plain(kv.Value));

    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        _ => null,
    };

    /// <summary>The body of a completion: the task revision last read (optional) and the variables to set.</summary>
    internal sealed record CompleteTaskBody(int? Revision, Dictionary<string, JsonElement>? Variables);
}
