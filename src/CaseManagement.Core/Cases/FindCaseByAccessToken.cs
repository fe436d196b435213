using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The case a resident's secret link opens; a wrong or malformed token is simply "not found".</summary>
[AllowAnyone]
public sealed record FindCaseByAccessToken(string Token) : IQuery<CaseView>;

internal sealed class FindCaseByAccessTokenHandler(CaseDbContext db, IMediator mediator) : IRequestHandler<FindCaseByAccessToken, CaseView>
{
    public async Task<CaseView> Handle(FindCaseByAccessToken request, CancellationToken cancellationToken)
    {
        if (!AccessToken.LooksValid(request.Token))
        {
            throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        }

        var hash = AccessToken.Hash(request.Token);
        var id = await db.Cases.AsNoTracking().Where(c => c.AccessTokenHash == hash).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        return (await CaseQueries.ViewsAsync(db, mediator, c => c.Id == id, cancellationToken)).Single();
    }
}
