using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Consultations;

/// <summary>Loads a case's messages; staff names only when the reader is staff.</summary>
internal static class ConsultationMessages
{
    public static async Task<IReadOnlyList<MessageView>> LoadAsync(CaseDbContext db, IMediator? staffNames, Guid caseId, CancellationToken ct)
    {
        var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CaseId == caseId)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(ct);
        var ids = messages.Select(m => m.AuthorStaffId).OfType<Guid>().Distinct().ToList();
        var names = staffNames is null || ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await staffNames.Send(new GetStaffNames(ids), ct);
        return messages.Select(m => new MessageView(m.Id, m.AuthorKind,
            m.AuthorStaffId is { } s && names.TryGetValue(s, out var n) ? n : null, m.Body, m.SentAt)).ToList();
    }
}
