using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>Every message of a case with staff names, for the auditor's case history.</summary>
[Authorize(Roles.Auditor)]
public sealed record ListCaseMessagesForAudit(Guid CaseId) : IQuery<IReadOnlyList<MessageView>>;

internal sealed class ListCaseMessagesForAuditHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<ListCaseMessagesForAudit, IReadOnlyList<MessageView>>
{
    public Task<IReadOnlyList<MessageView>> Handle(ListCaseMessagesForAudit request, CancellationToken cancellationToken) =>
        ConsultationMessages.LoadAsync(db, mediator, request.CaseId, cancellationToken);
}
