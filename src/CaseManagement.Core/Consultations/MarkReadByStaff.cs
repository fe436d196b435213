using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>Staff of the case's category have seen the conversation up to this message (既読 for the resident).
/// Returns whether the mark moved.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record MarkReadByStaff(Guid CaseId, Guid MessageId) : ICommand<bool>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class MarkReadByStaffHandler(CaseDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<MarkReadByStaff, bool>
{
    public async Task<bool> Handle(MarkReadByStaff request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        return await ReadMarks.MarkAsync(db, @case.Id, ChatSide.Staff, request.MessageId, clock.GetUtcNow(), cancellationToken);
    }
}
