using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Resources;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Consultations;

/// <summary>Moves a side's read mark forward to a message of the case; never back (an old tab marking an older
/// message changes nothing). One statement, so two tabs marking at once cannot collide.</summary>
internal static class ReadMarks
{
    public static async Task<bool> MarkAsync(CaseDbContext db, Guid caseId, ChatSide reader, Guid messageId, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.CaseMessages.AnyAsync(m => m.Id == messageId && m.CaseId == caseId, ct))
        {
            throw new NotFoundException(Messages.Get("ChatMessageNotFound"));
        }

        var side = reader.ToString().ToLowerInvariant();
        var changed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
             INSERT INTO case_read_marks AS r (case_id, reader, last_read_message_id, read_at)
             VALUES ({caseId}, {side}, {messageId}, {now})
             ON CONFLICT (case_id, reader) DO UPDATE SET last_read_message_id = EXCLUDED.last_read_message_id, read_at = EXCLUDED.read_at
             WHERE EXISTS (SELECT 1 FROM case_messages before_m, case_messages after_m
                           WHERE before_m.id = r.last_read_message_id AND after_m.id = EXCLUDED.last_read_message_id
                             AND (before_m.sent_at, before_m.id) < (after_m.sent_at, after_m.id))
             """, ct);
        return changed > 0;
    }
}
