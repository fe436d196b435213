using CaseManagement.Workflows.Hosting;
using CaseManagement.Workflows.Hosting.Outbox;

namespace CaseManagement.Core.Common.Mail;

/// <summary>Queues a mail in the command's transaction; <see cref="MailOutboxHandler"/> sends it after commit.</summary>
public sealed class MailOutbox(OutboxQueue outbox)
{
    public const string Kind = "mail";

    public Task EnqueueAsync(WorkflowSession session, string idempotencyKey, OutgoingMail mail, CancellationToken ct) =>
        outbox.EnqueueAsync(session, Kind, idempotencyKey, mail, ct);
}
