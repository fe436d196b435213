using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>The case a resident's secret link opens; a wrong or malformed token is simply "not found", an expired
/// link says so, and a link with a PIN needs the grant of a recent right PIN (<see cref="UnlockConsultationLink"/>).</summary>
[AllowAnyone]
public sealed record FindCaseByAccessToken(string Token, string? Grant = null) : IQuery<CaseView>;

internal sealed class FindCaseByAccessTokenHandler(CaseDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<FindCaseByAccessToken, CaseView>
{
    public async Task<CaseView> Handle(FindCaseByAccessToken request, CancellationToken cancellationToken)
    {
        if (!AccessToken.LooksValid(request.Token))
        {
            throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        }

        var hash = AccessToken.Hash(request.Token);
        var link = await db.Cases.AsNoTracking().Where(c => c.AccessTokenHash == hash).Select(c => new { c.Id, c.ClosedAt, c.PinHash }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        var now = clock.GetUtcNow();
        if (LinkLifetime.IsExpired(link.ClosedAt, now))
        {
            throw new NotFoundException(Messages.Get("ConsultationLinkExpired"));
        }

        if (link.PinHash is { } pin && !AccessGrant.IsValid(pin, request.Token, request.Grant, now))
        {
            throw new ForbiddenException(Messages.Get("ConsultationPinRequired"));
        }

        return (await CaseQueries.ViewsAsync(db, mediator, c => c.Id == link.Id, cancellationToken)).Single();
    }
}
