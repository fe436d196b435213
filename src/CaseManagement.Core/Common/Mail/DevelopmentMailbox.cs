namespace CaseManagement.Core.Common.Mail;

/// <summary>Where mails go when <see cref="MailOptions.DevelopmentMailbox"/> is on: kept in memory on this node (the
/// newest 200), shown at /dev/mailbox. A repeated delivery of the same outbox row is kept once.</summary>
public sealed class DevelopmentMailbox
{
    private const int Capacity = 200;
    private readonly Lock gate = new();
    private readonly LinkedList<DeliveredMail> mails = new();
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

            arrived.TrySetResult();
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The newest mail that matches, waiting for it to arrive (the outbox sends after commit).</summary>
    public async Task<DeliveredMail> WaitForAsync(Func<DeliveredMail, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (mails.FirstOrDefault(match) is { } mail)
                {
                    return mail;
                }

                next = arrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            await next.WaitAsync(left > TimeSpan.Zero ? left : throw new TimeoutException($"no matching mail within {timeout}"));
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
