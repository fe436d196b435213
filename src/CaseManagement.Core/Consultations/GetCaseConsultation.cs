using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>What staff of the case's category see: the case and its messages with staff names.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetCaseConsultation(Guid CaseId) : IQuery<ConsultationView>;

internal sealed class GetCaseConsultationHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCaseConsultation, ConsultationView>
{
    public async Task<ConsultationView> Handle(GetCaseConsultation request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new GetCase(request.CaseId), cancellationToken);
        return new ConsultationView(@case, await ConsultationMessages.LoadAsync(db, mediator, @case.Id, cancellationToken));
    }
}
