using CaseManagement.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Consultations;

/// <summary>The chat projections shared by the resident's and the staff's requests.</summary>
internal static class ChatQueries
{
    public static async Task<ChatView> ViewAsync(CaseDbContext db, Guid caseId, CancellationToken ct) =>
        new(caseId, await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == caseId)
                .OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
                .Select(a => new AttachmentView(a.Id, a.MessageId, a.FileName, a.ContentType, a.SizeBytes))
                .ToListAsync(ct),
            await StateAsync(db, caseId, ct));

    public static async Task<ChatState> StateAsync(CaseDbContext db, Guid caseId, CancellationToken ct)
    {
        var last = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == caseId)
            .OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        var marks = await db.CaseReadMarks.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync(ct);
        ReadMarkView? Of(ChatSide side) =>
            marks.FirstOrDefault(m => m.Reader == side) is { } m ? new ReadMarkView(m.LastReadMessageId, m.ReadAt) : null;
        return new ChatState(last, Of(ChatSide.Resident), Of(ChatSide.Staff));
    }

    public static async Task<AttachmentFile?> FileAsync(CaseDbContext db, Guid caseId, Guid attachmentId, CancellationToken ct) =>
        await db.CaseAttachments.AsNoTracking().Where(a => a.Id == attachmentId && a.CaseId == caseId)
            .Select(a => new AttachmentFile(a.Id, a.FileName, a.ContentType, a.Content)).SingleOrDefaultAsync(ct);
}
