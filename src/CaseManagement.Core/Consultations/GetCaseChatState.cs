using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The desk's chat polls this when it has no live connection: the last message and read marks.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetCaseChatState(Guid CaseId) : IQuery<ChatState>;

internal sealed class GetCaseChatStateHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCaseChatState, ChatState>
{
    public async Task<ChatState> Handle(GetCaseChatState request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        return await ChatQueries.StateAsync(db, @case.Id, cancellationToken);
    }
}
