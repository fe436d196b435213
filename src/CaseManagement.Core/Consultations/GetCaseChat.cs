using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The chat around a case's messages for staff of its category: attachments and read marks.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetCaseChat(Guid CaseId) : IQuery<ChatView>;

internal sealed class GetCaseChatHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCaseChat, ChatView>
{
    public async Task<ChatView> Handle(GetCaseChat request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        return await ChatQueries.ViewAsync(db, @case.Id, cancellationToken);
    }
}
