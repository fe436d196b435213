using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The one path by which staff write to a resident (reply or contact): the message row,
/// <see cref="StaffMessageWritten"/> inside the transaction (what must commit with it: the outbox row of a LINE push),
/// and after commit <see cref="StaffMessageSent"/> for live notices.</summary>
internal static class StaffMessages
{
    public static async Task<Guid> AddAsync(
        CaseDbContext db, IMediator publisher, AfterCommit afterCommit, Guid caseId, Guid? staffId, string body, DateTimeOffset at, CancellationToken ct)
    {
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            AuthorKind = MessageAuthor.Staff,
            AuthorStaffId = staffId,
            Body = body.Trim(),
            SentAt = at,
        };
        db.CaseMessages.Add(message);
        await db.SaveChangesAsync(ct);
        await publisher.Publish(new StaffMessageWritten(caseId, message.Id), ct);
        afterCommit.Publish(new StaffMessageSent(caseId, message.Id));
        return message.Id;
    }
}
