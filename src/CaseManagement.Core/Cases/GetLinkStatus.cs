using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>Whether a secret link, with the grant this browser holds (if any), opens its consultation, asks for the
/// PIN, is locked or has expired. A wrong or malformed token is "not found".</summary>
[AllowAnyone]
public sealed record GetLinkStatus(string Token, string? Grant = null) : IQuery<LinkStatus>;

internal sealed class GetLinkStatusHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<GetLinkStatus, LinkStatus>
{
    public async Task<LinkStatus> Handle(GetLinkStatus request, CancellationToken cancellationToken)
    {
        if (!AccessToken.LooksValid(request.Token))
        {
            throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        }

        var hash = AccessToken.Hash(request.Token);
        var link = await db.Cases.AsNoTracking().Where(c => c.AccessTokenHash == hash)
            .Select(c => new { c.ClosedAt, c.PinHash, c.PinLockedUntil }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        var now = clock.GetUtcNow();
        if (LinkLifetime.IsExpired(link.ClosedAt, now))
        {
            return new LinkStatus(LinkState.Expired, null);
        }

        if (link.PinHash is null || AccessGrant.IsValid(link.PinHash, request.Token, request.Grant, now))
        {
            return new LinkStatus(LinkState.Open, null);
        }

        return link.PinLockedUntil is { } until && until > now ? new LinkStatus(LinkState.Locked, until) : new LinkStatus(LinkState.PinRequired, null);
    }
}
