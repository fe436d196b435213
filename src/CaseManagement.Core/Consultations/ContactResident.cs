using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>相談員からの連絡: staff of the category write to the resident of a closed case (a follow-up, at any hour);
/// the resident reads it through the case's link. The case stays closed (ADR 0010): a resident who wants to answer
/// starts a new consultation. An open case is answered from its task, history first.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ContactResident(Guid CaseId, string Body) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class ContactResidentHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider clock, AfterCommit afterCommit)
    : IRequestHandler<ContactResident, Guid>
{
    public async Task<Guid> Handle(ContactResident request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        if (@case.Status != CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("ContactOpenCase"));
        }

        return await StaffMessages.AddAsync(db, mediator, afterCommit, @case.Id, actor.StaffId, request.Body, clock.GetUtcNow(), cancellationToken);
    }
}
