using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Outbox;

namespace CaseManagement.Core.Residents.Line;

/// <summary>Queues LINE replies and pushes in the command's transaction; the LINE outbox handlers send them after commit.</summary>
public sealed class LineOutbox(OutboxQueue outbox)
{
    public const string ReplyKind = "line-reply";
    public const string PushKind = "line-push";

    public Task ReplyAsync(WorkflowSession session, string webhookEventId, LineMessage message, CancellationToken ct) =>
        outbox.EnqueueAsync(session, ReplyKind, "line-reply:" + webhookEventId, message, ct);

    public Task PushAsync(WorkflowSession session, string idempotencyKey, LineMessage message, CancellationToken ct) =>
        outbox.EnqueueAsync(session, PushKind, idempotencyKey, message, ct);
}
