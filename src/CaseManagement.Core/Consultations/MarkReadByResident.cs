using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident has seen the conversation up to this message (既読 for the counselor). Returns whether the
/// mark moved.</summary>
[AllowAnyone]
public sealed record MarkReadByResident(string Token, Guid MessageId, string? Grant = null) : ICommand<bool>;

internal sealed class MarkReadByResidentHandler(CaseDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<MarkReadByResident, bool>
{
    public async Task<bool> Handle(MarkReadByResident request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        return await ReadMarks.MarkAsync(db, @case.Id, ChatSide.Resident, request.MessageId, clock.GetUtcNow(), cancellationToken);
    }
}
