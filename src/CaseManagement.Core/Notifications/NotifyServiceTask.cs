using CaseManagement.Core.Common.Security;
using CaseManagement.Workflows.Abstractions;
using CaseManagement.Workflows.Hosting;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CaseManagement.Core.Notifications;

/// <summary>The application's handler for cm:type="notify" deliveries from the outbox, acting as the system.</summary>
internal sealed class NotifyServiceTask(IServiceScopeFactory scopes) : IServiceTaskHandler
{
    public string Type => WorkflowNotify.Type;

    public async Task HandleAsync(Guid instanceId, string elementId, IReadOnlyDictionary<string, object?> inputs, string idempotencyKey, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemActor();
        await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new DeliverWorkflowNotification(new InvokedServiceTask(instanceId, elementId, Type, inputs, idempotencyKey)), ct);
    }
}
