using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The chat around the resident's messages: attachments and read marks, through the secret link.</summary>
[AllowAnyone]
public sealed record GetResidentChat(string Token, string? Grant = null) : IQuery<ChatView>;

internal sealed class GetResidentChatHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetResidentChat, ChatView>
{
    public async Task<ChatView> Handle(GetResidentChat request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        return await ChatQueries.ViewAsync(db, @case.Id, cancellationToken);
    }
}
