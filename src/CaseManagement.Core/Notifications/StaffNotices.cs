using System.Text.Json;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Notifications;

/// <summary>Writes the notifications of one step in the caller's transaction, once per source key: a step that
/// already wrote them (in its own transaction, or an earlier delivery of the same outbox row) writes nothing.</summary>
internal static class StaffNotices
{
    public static async Task<int> SendAsync(
        CaseDbContext db, AfterCommit afterCommit, TimeProvider clock, string sourceKey, IReadOnlyCollection<NotificationRecipient> recipients,
        string template, Guid? caseId, IReadOnlyDictionary<string, string> arguments, CancellationToken ct)
    {
        if (recipients.Count == 0 || await db.StaffNotifications.AnyAsync(n => n.SourceKey == sourceKey, ct))
        {
            return 0;
        }

        var json = JsonSerializer.Serialize(arguments);
        var now = clock.GetUtcNow();
        var written = 0;
        foreach (var r in recipients.Distinct())
        {
            // The unique (source, recipient) index settles a concurrent second delivery without failing the step.
            written += await db.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO staff_notifications (id, recipient_staff_id, recipient_queue, template, case_id, task_id, arguments, source_key, created_at)
                 VALUES ({Guid.CreateVersion7(now)}, {r.StaffId}, {r.Queue}, {template}, {caseId}, {r.TaskId}, CAST({json} AS jsonb), {sourceKey}, {now})
                 ON CONFLICT DO NOTHING
                 """, ct);
        }

        afterCommit.Publish(new StaffNotificationsChanged(
            recipients.Select(r => r.StaffId).OfType<Guid>().Distinct().ToList(), recipients.Select(r => r.Queue).OfType<string>().Distinct().ToList()));
        return written;
    }
}
