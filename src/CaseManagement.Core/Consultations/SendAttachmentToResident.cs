using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The counselor holding the case's open task sends the resident a file (with an optional comment), under
/// the same rules as a reply: their task, the history read first.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record SendAttachmentToResident(Guid CaseId, string FileName, byte[] Content, string? Comment = null)
    : ICommand<Guid>, IAttachmentUpload, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class SendAttachmentToResidentHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<SendAttachmentToResident, Guid>
{
    public async Task<Guid> Handle(SendAttachmentToResident request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        if (@case.Status == CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("CaseClosed"));
        }

        // The same gate as ReplyToResident: only the holder of an open task, and only after reading the history.
        var mine = (await mediator.Send(new ListOpenTasksOfCase(request.CaseId), cancellationToken)).Where(t => t.IsMine).Select(t => t.TaskId).ToList();
        if (mine.Count == 0)
        {
            throw new ForbiddenException(Messages.Get("TaskNotYours"));
        }

        if (!await mediator.Send(new HasViewedHistory(mine), cancellationToken))
        {
            throw new ConflictException(Messages.Get("HistoryNotViewed"));
        }

        var messageId = Attachments.Add(db, @case.Id, MessageAuthor.Staff, actor.StaffId, request, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return messageId;
    }
}
