using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Mail;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Residents.SignIn;

/// <summary>A resident asks for a one-time code by mail. The mail is queued in the same transaction and sent after
/// commit. Any address may ask (the first successful code creates the resident), but not too often.</summary>
[AllowAnyone]
public sealed record RequestSignInCode(string Email) : ICommand<SignInCodeSent>, IAuditTarget
{
    // The address is personal data: the audit row names only what kind of sign-in was tried.
    public string AuditTarget => "resident-sign-in:email";
}

internal sealed class RequestSignInCodeHandler(CaseDbContext db, ICurrentActor actor, TimeProvider clock, MailOutbox mail)
    : IRequestHandler<RequestSignInCode, SignInCodeSent>
{
    public async Task<SignInCodeSent> Handle(RequestSignInCode request, CancellationToken cancellationToken)
    {
        var email = ResidentEmail.Normalize(request.Email);
        var now = clock.GetUtcNow().ToUniversalTime();
        var ip = actor.IpAddress;
        var sinceForAddress = now - SignInCodes.AddressWindow;
        var sinceForIp = now - SignInCodes.IpWindow;
        if (await db.ResidentSignInCodes.CountAsync(c => c.Email == email && c.CreatedAt > sinceForAddress, cancellationToken) >= SignInCodes.MaxCodesPerAddress
            || (ip is not null && await db.ResidentSignInCodes.CountAsync(c => c.RequestedIp == ip && c.CreatedAt > sinceForIp, cancellationToken) >= SignInCodes.MaxCodesPerIp))
        {
            throw new TooManyAttemptsException(Messages.Get("SignInCodeTooManyRequests"));
        }

        var forgotten = now - SignInCodes.Retention;
        await db.ResidentSignInCodes.Where(c => c.CreatedAt < forgotten).ExecuteDeleteAsync(cancellationToken);
        await db.ResidentSignInFailures.Where(f => f.At < forgotten).ExecuteDeleteAsync(cancellationToken);

        var code = SignInCodes.New();
        var row = new ResidentSignInCode
        {
            Id = Guid.CreateVersion7(now),
            Email = email,
            RequestedIp = ip,
            CreatedAt = now,
            ExpiresAt = now + SignInCodes.Lifetime,
            CodeHash = [],
        };
        row.CodeHash = SignInCodes.Hash(row.Id, code);
        db.ResidentSignInCodes.Add(row);
        await db.SaveChangesAsync(cancellationToken);

        var minutes = (int)SignInCodes.Lifetime.TotalMinutes;
        await mail.EnqueueAsync(db.WorkflowSession(), "mail:sign-in-code:" + row.Id,
            new OutgoingMail(email, Messages.Get("SignInCodeMailSubject"), string.Join("\n",
                Messages.Format("SignInCodeMailCode", code), Messages.Format("SignInCodeMailValidity", minutes), Messages.Get("SignInCodeMailIgnore"))),
            cancellationToken);
        return new SignInCodeSent(row.ExpiresAt);
    }
}
