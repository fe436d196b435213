using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>A signed-in resident opens one of their own consultations from わたしの相談 (someone else's is refused
/// and audited by <see cref="GetResidentCase"/>).</summary>
[AllowAnyone]
public sealed record GetMyConsultation(Guid CaseId) : IQuery<ConsultationView>, IAuditTarget
{
    public string AuditTarget => "case:" + CaseId;
}

internal sealed class GetMyConsultationHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetMyConsultation, ConsultationView>
{
    public async Task<ConsultationView> Handle(GetMyConsultation request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetResidentCase(request.CaseId), cancellationToken);
        return new ConsultationView(@case, await ConsultationMessages.LoadAsync(db, null, @case.Id, cancellationToken));
    }
}
