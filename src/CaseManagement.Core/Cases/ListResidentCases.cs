using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Cases;

/// <summary>わたしの相談: the signed-in resident's own cases, newest first.</summary>
[AllowAnyone]
public sealed record ListResidentCases : IQuery<IReadOnlyList<CaseView>>;

internal sealed class ListResidentCasesHandler(CaseDbContext db, IMediator mediator, ICurrentActor actor)
    : IRequestHandler<ListResidentCases, IReadOnlyList<CaseView>>
{
    public async Task<IReadOnlyList<CaseView>> Handle(ListResidentCases request, CancellationToken cancellationToken)
    {
        var me = actor.ResidentId ?? throw new ForbiddenException(Messages.Get("ResidentSignInRequired"));
        var cases = await CaseQueries.ViewsAsync(db, mediator, c => c.ResidentId == me, cancellationToken);
        return cases.OrderByDescending(c => c.OpenedAt).ToList();
    }
}
