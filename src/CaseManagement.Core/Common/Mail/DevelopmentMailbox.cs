namespace CaseManagement.Core.Common.Mail;

/// <summary>Where mails go when <see cref="MailOptions.DevelopmentMailbox"/> is on: kept in memory on this node (the
/// newest 200), shown at /dev/mailbox. A repeated delivery of the same outbox row is kept once.</summary>
public sealed class DevelopmentMailbox
{
    private const int Capacity = 200;
    private readonly Lock gate = new();
    private readonly LinkedList<DeliveredMail> mails = new();

    public void Add(DeliveredMail mail)
    {
        lock (gate)
        {
            if (mails.Any(m => m.IdempotencyKey == mail.IdempotencyKey))
            {
                return;
            }

            mails.AddFirst(mail);
            if (mails.Count > Capacity)
            {
                mails.RemoveLast();
            }
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<DeliveredMail> All()
    {
        lock (gate)
        {
            return [.. mails];
        }
    }
}
