using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Cases;

/// <summary>A resident enters the PIN of their secret link. Right: a grant for this browser. Wrong: counted, and the
/// fifth wrong PIN in a row locks the link for 15 minutes, during which even the right PIN is refused. Every
/// refusal is audited as refused (the count still commits).</summary>
[AllowAnyone]
public sealed record UnlockConsultationLink(string Token, string Pin) : ICommand<PinCheck>;

internal sealed class UnlockConsultationLinkHandler(CaseDbContext db, TimeProvider clock, AuditOutcome audit)
    : IRequestHandler<UnlockConsultationLink, PinCheck>
{
    public async Task<PinCheck> Handle(UnlockConsultationLink request, CancellationToken cancellationToken)
    {
        if (!AccessToken.LooksValid(request.Token))
        {
            throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        }

        // Locked for the transaction: two tries at once are counted one after the other.
        var hash = AccessToken.Hash(request.Token);
        var @case = await db.Cases.FromSql($"SELECT * FROM cases WHERE access_token_hash = {hash} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Get("ConsultationNotFound"));
        var now = clock.GetUtcNow();
        var target = "case:" + @case.Id;
        if (LinkLifetime.IsExpired(@case.ClosedAt, now))
        {
            throw new NotFoundException(Messages.Get("ConsultationLinkExpired"));
        }

        if (@case.PinHash is not { } pinHash)
        {
            audit.Target(target);
            return new PinCheck(PinOutcome.Accepted, null, ConsultationPin.MaxFailures, null);
        }

        if (@case.PinLockedUntil is { } until && until > now)
        {
            audit.Refused("PinLocked", target);
            return new PinCheck(PinOutcome.Locked, null, 0, until);
        }

        if (ConsultationPin.Verify(request.Pin, pinHash))
        {
            (@case.PinFailures, @case.PinLockedUntil) = (0, null);
            audit.Target(target);
            return new PinCheck(PinOutcome.Accepted, AccessGrant.Issue(pinHash, request.Token, now), ConsultationPin.MaxFailures, null);
        }

        @case.PinFailures++;
        if (@case.PinFailures >= ConsultationPin.MaxFailures)
        {
            (@case.PinFailures, @case.PinLockedUntil) = (0, now + ConsultationPin.LockFor);
            audit.Refused($"WrongPin; locked until {@case.PinLockedUntil:O}", target);
            return new PinCheck(PinOutcome.Locked, null, 0, @case.PinLockedUntil);
        }

        audit.Refused("WrongPin", target);
        return new PinCheck(PinOutcome.Wrong, null, ConsultationPin.MaxFailures - @case.PinFailures, null);
    }
}
