using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident writes again through their secret link while the consultation is open.</summary>
[AllowAnyone]
public sealed record AddResidentMessage(string Token, string Message) : ICommand<Guid>;

internal sealed class AddResidentMessageHandler(CaseDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddResidentMessage, Guid>
{
    public async Task<Guid> Handle(AddResidentMessage request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token), cancellationToken);
        if (@case.Status == CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("CaseClosed"));
        }

        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            AuthorKind = MessageAuthor.Resident,
            Body = request.Message.Trim(),
            SentAt = clock.GetUtcNow(),
        };
        db.CaseMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }
}
