using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>A signed-in resident writes again in one of their own open consultations.</summary>
[AllowAnyone]
public sealed record AddMyMessage(Guid CaseId, string Message) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class AddMyMessageHandler(CaseDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<AddMyMessage, Guid>
{
    public async Task<Guid> Handle(AddMyMessage request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetResidentCase(request.CaseId), cancellationToken);
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
