using System.Net;
using System.Net.Mail;
using System.Text;
using System.Text.Json;
using CaseManagement.Workflows.Hosting.Outbox;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Common.Mail;

/// <summary>Sends a committed mail through SMTP (or into the development mailbox). A failure throws, so the outbox
/// keeps the row and tries again with back-off: a mail is never lost, and a repeat carries the same Message-ID.</summary>
public sealed class MailOutboxHandler(IOptions<MailOptions> options, DevelopmentMailbox mailbox, TimeProvider clock) : IOutboxHandler
{
    public string Kind => MailOutbox.Kind;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var mail = JsonSerializer.Deserialize<OutgoingMail>(message.PayloadJson)
            ?? throw new InvalidOperationException($"outbox row {message.Id} holds no mail");
        var o = options.Value;
        if (o.DevelopmentMailbox)
        {
            mailbox.Add(new DeliveredMail(message.IdempotencyKey, mail.To, mail.Subject, mail.Body, clock.GetUtcNow()));
            return;
        }

        if (string.IsNullOrWhiteSpace(o.Host))
        {
            throw new InvalidOperationException("Mail:Host is not configured; the mail waits in the outbox until it is");
        }

        using var smtp = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            smtp.Credentials = new NetworkCredential(o.UserName, o.Password);
        }

        using var m = new MailMessage(o.From, mail.To, mail.Subject, mail.Body)
        {
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        // The same outbox row always sends the same Message-ID, so a receiving server can drop a repeat.
        m.Headers.Add("Message-ID", $"<{message.IdempotencyKey.Replace(':', '.')}@{o.From.Split('@')[^1]}>");
        await smtp.SendMailAsync(m, ct);
    }
}
