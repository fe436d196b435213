using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Abstractions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Common.ServiceTasks;

/// <summary>The application's handler for one built-in cm:type; a repeated delivery (same key) is recorded once.</summary>
internal sealed class BuiltInServiceTask(string type, IServiceScopeFactory scopes) : IServiceTaskHandler
{
    public static readonly IReadOnlyList<string> Types = ["notify", "auto-reply", "assign", "set-variables", "generate-document", "export-rpa", "http"];

    public string Type { get; } = type;

    public async Task HandleAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?> inputs, string idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        if (await db.AuditLog.AnyAsync(a => a.Action == nameof(RecordServiceTask) && a.Target == idempotencyKey && a.Outcome == "succeeded", ct))
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecordServiceTask(instanceId, elementId, Type, idempotencyKey), ct);
    }
}
