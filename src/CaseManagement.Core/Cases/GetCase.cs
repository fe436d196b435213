using CaseManagement.Core.Administration;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Cases;

/// <summary>A case for staff of its category.</summary>
[Authorize(Roles.Counselor, Roles.Supervisor)]
public sealed record GetCase(Guid CaseId) : IQuery<CaseView>;

internal sealed class GetCaseHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<GetCase, CaseView>
{
    public async Task<CaseView> Handle(GetCase request, CancellationToken cancellationToken)
    {
        var view = (await CaseQueries.ViewsAsync(db, mediator, c => c.Id == request.CaseId, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        var mine = await mediator.Send(new GetMyCategories(), cancellationToken);
        return mine.Any(c => c.Id == view.CategoryId) ? view : throw new ForbiddenException(Messages.Get("NotYourCategory"));
    }
}
