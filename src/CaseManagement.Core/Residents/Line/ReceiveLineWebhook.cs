using System.Globalization;
using System.Text.Json;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Residents.Line;

/// <summary>A webhook call from LINE (per the 2021 national guideline, LINE is only an entry point). The signature
/// over the raw body is checked first; then each follow, message or rich-menu (postback) event is answered once, by
/// its webhookEventId, with our own text and a link into the site. What the resident wrote is never read, stored or
/// forwarded: the message object is not even parsed. Returns how many answers were queued.</summary>
[AllowAnyone]
public sealed record ReceiveLineWebhook(byte[] Body, string? Signature) : ICommand<int>, IAuditTarget
{
    public string AuditTarget => "line:webhook";
}

internal sealed class ReceiveLineWebhookHandler(CaseDbContext db, IOptions<LineOptions> options, TimeProvider clock, LineOutbox outbox)
    : IRequestHandler<ReceiveLineWebhook, int>
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    public async Task<int> Handle(ReceiveLineWebhook request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.MessagingEnabled || !LineSignature.IsValid(request.Body, request.Signature, o.MessagingChannelSecret))
        {
            throw new ForbiddenException(Messages.Get("LineSignatureInvalid"));
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        // Ids are needed only as long as their events are young enough to be answered.
        var forgotten = now - (2 * o.MaxEventAge);
        await db.LineWebhookEvents.Where(e => e.ReceivedAt < forgotten).ExecuteDeleteAsync(cancellationToken);
        var answered = 0;
        foreach (var e in Events(request.Body))
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(e.Timestamp);
            if (e.Text is null || e.ReplyToken is null || e.Id.Length > 64 || at < now - o.MaxEventAge || at > now + TimeSpan.FromMinutes(1))
            {
                continue;
            }

            var fresh = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO line_webhook_events (webhook_event_id, received_at) VALUES ({e.Id}, {now}) ON CONFLICT DO NOTHING", cancellationToken);
            if (fresh == 0)
            {
                continue;
            }

            var text = (string.IsNullOrWhiteSpace(e.Text) ? null : e.Text) ?? Messages.Get(e.Type == "follow" ? "LineFollowText" : "LineReplyText", Japanese);
            await outbox.ReplyAsync(db.WorkflowSession(), e.Id, new LineMessage(e.ReplyToken, text + "\n" + o.SiteLink(o.EntryPath)), cancellationToken);
            answered++;
        }

        return answered;
    }

    // Only these fields are read; "message" (what the resident typed) is skipped unread.
    private IEnumerable<(string Type, string Id, long Timestamp, string? ReplyToken, string? Text)> Events(byte[] body)
    {
        var o = options.Value;
        List<(string, string, long, string?, string?)> events = [];
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return events;
            }

            foreach (var e in list.EnumerateArray())
            {
                var type = String(e, "type");
                var id = String(e, "webhookEventId");
                if (type is null || id is null || !e.TryGetProperty("timestamp", out var ts) || !ts.TryGetInt64(out var timestamp))
                {
                    continue;
                }

                // Which of our texts answers the event: null for events we do not answer (unfollow, join, …).
                var text = type switch
                {
                    "follow" => o.FollowText ?? "",
                    "message" or "postback" => o.ReplyText ?? "",
                    _ => null,
                };
                events.Add((type, id, timestamp, String(e, "replyToken"), text));
            }
        }
        catch (JsonException)
        {
            // Signed by LINE but not JSON: nothing to answer.
        }

        return events;
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
