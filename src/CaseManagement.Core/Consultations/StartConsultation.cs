using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>A resident, without an account, writes a first message in a category: a case opens, its workflow
/// starts, and the resident gets a secret link back.</summary>
[AllowAnyone]
public sealed record StartConsultation(string CategoryCode, string Message) : ICommand<StartedConsultation>, IAuditTarget
{
    public string AuditTarget => "category:" + CategoryCode;
}

internal sealed class StartConsultationHandler(CaseDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<StartConsultation, StartedConsultation>
{
    public async Task<StartedConsultation> Handle(StartConsultation request, CancellationToken cancellationToken)
    {
        var opened = await mediator.Send(new OpenCase(request.CategoryCode), cancellationToken);
        db.CaseMessages.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = opened.CaseId,
            AuthorKind = MessageAuthor.Resident,
            Body = request.Message.Trim(),
            SentAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return new StartedConsultation(opened.CaseId, opened.CaseNumber, opened.AccessToken);
    }
}
