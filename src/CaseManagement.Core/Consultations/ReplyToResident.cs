using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The counselor holding the case's open task writes to the resident.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ReplyToResident(Guid CaseId, string Body) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class ReplyToResidentHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ReplyToResident, Guid>
{
    public async Task<Guid> Handle(ReplyToResident request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        if (@case.Status == CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("CaseClosed"));
        }

        var tasks = await mediator.Send(new ListOpenTasksOfCase(request.CaseId), cancellationToken);
        var mine = tasks.Where(t => t.IsMine).Select(t => t.TaskId).ToList();
        if (mine.Count == 0)
        {
            throw new ForbiddenException(Messages.Get("TaskNotYours"));
        }

        // History first: no reply before the counselor has read what the resident already told us.
        if (!await mediator.Send(new HasViewedHistory(mine), cancellationToken))
        {
            throw new ConflictException(Messages.Get("HistoryNotViewed"));
        }

        return await StaffMessages.AddAsync(db, mediator, afterCommit, @case.Id, actor.StaffId, request.Body, clock.GetUtcNow(), cancellationToken);
    }
}
