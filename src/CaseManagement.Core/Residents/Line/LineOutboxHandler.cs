using System.Net;
using System.Text.Json;
using CaseManagement.Workflows.Hosting.Outbox;
using Microsoft.Extensions.Logging;

namespace CaseManagement.Core.Residents.Line;

/// <summary>Sends a committed LINE reply or push. LINE's own refusal (4xx: an expired reply token, a blocked user)
/// cannot get better by trying again and is logged and dropped; 409 to a push means LINE already has it (same retry
/// key); a server error, 429 or no answer throws, so the outbox tries again later.</summary>
public sealed class LineOutboxHandler(string kind, LineApi line, ILogger<LineOutboxHandler> logger) : IOutboxHandler
{
    public string Kind { get; } = kind;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var m = JsonSerializer.Deserialize<LineMessage>(message.PayloadJson)
            ?? throw new InvalidOperationException($"outbox row {message.Id} holds no LINE message");
        var status = Kind == LineOutbox.PushKind
            ? await line.PushAsync(m.To, m.Text, m.RetryKey ?? Guid.Empty, ct)
            : await line.ReplyAsync(m.To, m.Text, ct);
        if ((int)status is >= 200 and < 300 || (status == HttpStatusCode.Conflict && Kind == LineOutbox.PushKind))
        {
            return;
        }

        if (status == HttpStatusCode.TooManyRequests || (int)status >= 500)
        {
            throw new HttpRequestException($"LINE answered {(int)status} to outbox row {message.Id}; will retry", null, status);
        }

        logger.LogWarning("LINE refused outbox row {Id} ({Kind}) with {Status}; not retried", message.Id, Kind, (int)status);
    }
}
