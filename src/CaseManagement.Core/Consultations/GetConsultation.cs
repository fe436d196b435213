using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>What a resident sees through their secret link (with the grant of their PIN, when the link has one).</summary>
[AllowAnyone]
public sealed record GetConsultation(string Token, string? Grant = null) : IQuery<ConsultationView>;

internal sealed class GetConsultationHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetConsultation, ConsultationView>
{
    public async Task<ConsultationView> Handle(GetConsultation request, CancellationToken cancellationToken)
    {
        var @case = await mediator.Send(new FindCaseByAccessToken(request.Token, request.Grant), cancellationToken);
        return new ConsultationView(@case, await ConsultationMessages.LoadAsync(db, null, @case.Id, cancellationToken));
    }
}
