using System.Security.Cryptography;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Residents.SignIn;

/// <summary>A resident types the code from the mail. The newest code of the address is checked under a row lock:
/// right once → the resident (created on first sign-in); wrong → counted, and committed, so that five wrong tries
/// void the code. A wrong code is therefore an answer, not an exception (an exception would roll the count back).</summary>
[AllowAnyone]
public sealed record VerifySignInCode(string Email, string Code) : ICommand<SignInCodeCheck>, IAuditTarget
{
    public string AuditTarget => "resident-sign-in:email";
}

internal sealed class VerifySignInCodeHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<VerifySignInCode, SignInCodeCheck>
{
    public async Task<SignInCodeCheck> Handle(VerifySignInCode request, CancellationToken cancellationToken)
    {
        var email = ResidentEmail.Normalize(request.Email);
        var code = SignInCodes.Normalize(request.Code);
        var now = clock.GetUtcNow().ToUniversalTime();
        var ip = actor.IpAddress;
        var sinceForIp = now - SignInCodes.IpWindow;
        if (ip is not null && await db.ResidentSignInFailures.CountAsync(f => f.Ip == ip && f.At > sinceForIp, cancellationToken) >= SignInCodes.MaxFailuresPerIp)
        {
            throw new TooManyAttemptsException(Messages.Get("SignInCodeTooManyFailures"));
        }

        var row = (await db.ResidentSignInCodes
            .FromSql($"SELECT * FROM resident_sign_in_codes WHERE email = {email} ORDER BY seq DESC LIMIT 1 FOR UPDATE")
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (row is null)
        {
            return Refused(SignInCodeOutcome.NoCode, "SignInCodeNone");
        }

        if (row.UsedAt is not null)
        {
            return Refused(SignInCodeOutcome.Used, "SignInCodeUsed");
        }

        if (row.FailedAttempts >= SignInCodes.MaxWrongAttempts)
        {
            return Refused(SignInCodeOutcome.Locked, "SignInCodeLocked");
        }

        if (row.ExpiresAt <= now)
        {
            return Refused(SignInCodeOutcome.Expired, "SignInCodeExpired");
        }

        if (!CryptographicOperations.FixedTimeEquals(row.CodeHash, SignInCodes.Hash(row.Id, code)))
        {
            row.FailedAttempts++;
            db.ResidentSignInFailures.Add(new ResidentSignInFailure { Email = email, Ip = ip, At = now });
            await db.SaveChangesAsync(cancellationToken);
            var left = SignInCodes.MaxWrongAttempts - row.FailedAttempts;
            return left > 0
                ? new SignInCodeCheck(SignInCodeOutcome.Wrong, null, Messages.Format("SignInCodeWrong", left))
                : Refused(SignInCodeOutcome.Locked, "SignInCodeLocked");
        }

        row.UsedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInCodeCheck(SignInCodeOutcome.SignedIn, await ResidentRecords.ByEmailAsync(db, email, now, cancellationToken), null);
    }

    private static SignInCodeCheck Refused(SignInCodeOutcome outcome, string message) => new(outcome, null, Messages.Get(message));
}
