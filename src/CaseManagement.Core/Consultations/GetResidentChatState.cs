using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident's page polls this when it has no live connection: the last message and read marks.</summary>
[AllowAnyone]
public sealed record GetResidentChatState(string Token, string? Grant = null) : IQuery<ChatState>;

internal sealed class GetResidentChatStateHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetResidentChatState, ChatState>
{
    public async Task<ChatState> Handle(GetResidentChatState request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        return await ChatQueries.StateAsync(db, @case.Id, cancellationToken);
    }
}
