using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>The resident writes again through their secret link (with the grant of their PIN) while the
/// consultation is open; outside reception hours the category's auto-reply answers at once.</summary>
[AllowAnyone]
public sealed record AddResidentMessage(string Token, string Message, string? Grant = null) : ICommand<Guid>;

internal sealed class AddResidentMessageHandler(CaseDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddResidentMessage, Guid>
{
    public async Task<Guid> Handle(AddResidentMessage request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMaintenance(), cancellationToken) is not null)
        {
            throw new ConflictException(Messages.Get("ResidentMaintenance"));
        }

        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        if (@case.Status == CaseStatus.Closed)
        {
            throw new ConflictException(Messages.Get("CaseClosed"));
        }

        var now = clock.GetUtcNow();
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = @case.Id,
            AuthorKind = MessageAuthor.Resident,
            Body = request.Message.Trim(),
            SentAt = now,
        };
        db.CaseMessages.Add(message);
        var reception = await mediator.Send(new GetReception(@case.CategoryCode, IncludeInactive: true), cancellationToken);
        await AutoReplies.AnswerAsync(db, reception, @case.Id, now, startsConsultation: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }
}
