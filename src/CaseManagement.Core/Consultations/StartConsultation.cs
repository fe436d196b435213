using CaseManagement.Core.Administration;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>A resident, without an account, writes a first message in a category and chooses a PIN: a case opens,
/// its workflow starts, the category's auto-reply answers at once if it should, and the resident gets a secret link
/// back that opens only with the PIN. Refused while the resident area is under maintenance, and in a category that
/// does not allow anonymous consultation.</summary>
[AllowAnyone]
public sealed record StartConsultation(string CategoryCode, string Message, string? Pin = null, string? PinConfirmation = null)
    : ICommand<StartedConsultation>, IAuditTarget
{
    public string AuditTarget => "category:" + CategoryCode;
}

internal sealed class StartConsultationHandler(CaseDbContext db, IMediator mediator, TimeProvider clock, ICurrentActor actor)
    : IRequestHandler<StartConsultation, StartedConsultation>
{
    public async Task<StartedConsultation> Handle(StartConsultation request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new GetMaintenance(), cancellationToken) is not null)
        {
            throw new ConflictException(Messages.Get("ResidentMaintenance"));
        }

        var reception = await mediator.Send(new GetReception(request.CategoryCode), cancellationToken);
        // A category without anonymous consultation takes residents who signed in (e-mail code or LINE).
        if (!reception.AllowAnonymous && actor.ResidentId is null)
        {
            throw new ForbiddenException(Messages.Get("AnonymousNotAllowed"));
        }

        var opened = await mediator.Send(new OpenCase(request.CategoryCode, request.Pin), cancellationToken);
        var now = clock.GetUtcNow();
        db.CaseMessages.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = opened.CaseId,
            AuthorKind = MessageAuthor.Resident,
            Body = request.Message.Trim(),
            SentAt = now,
        });
        await AutoReplies.AnswerAsync(db, reception, opened.CaseId, now, startsConsultation: true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedConsultation(opened.CaseId, opened.CaseNumber, opened.AccessToken, opened.Grant);
    }
}
