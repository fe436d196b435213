using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Consultations;

/// <summary>History first: the resident's earlier cases (see <see cref="ListEarlierCases"/>) with their messages,
/// newest case first, for the workspace of the case given.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record ListEarlierConsultations(Guid CaseId) : IQuery<IReadOnlyList<ConsultationView>>;

internal sealed class ListEarlierConsultationsHandler(CaseDbContext db, IMediator mediator)
    : IRequestHandler<ListEarlierConsultations, IReadOnlyList<ConsultationView>>
{
    public async Task<IReadOnlyList<ConsultationView>> Handle(ListEarlierConsultations request, CancellationToken cancellationToken)
    {
        var views = new List<ConsultationView>();
        foreach (var c in await mediator.Send(new ListEarlierCases(request.CaseId), cancellationToken))
        {
            views.Add(new ConsultationView(c, await ConsultationMessages.LoadAsync(db, mediator, c.Id, cancellationToken)));
        }

        return views;
    }
}
