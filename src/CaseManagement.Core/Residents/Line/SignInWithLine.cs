using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Residents.Line;

/// <summary>LINE Login came back: the ID token (from LINE's token endpoint) must carry our channel's signature and
/// the nonce this browser was given; then the resident of that LINE account is found or created. Holding a valid
/// token is the proof, so anyone may send this.</summary>
[AllowAnyone]
public sealed record SignInWithLine(string IdToken, string Nonce) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "resident-sign-in:line";
}

internal sealed class SignInWithLineHandler(CaseDbContext db, IOptions<LineOptions> options, TimeProvider clock)
    : IRequestHandler<SignInWithLine, Guid>
{
    public async Task<Guid> Handle(SignInWithLine request, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var who = o.LoginEnabled ? LineIdToken.Validate(request.IdToken, o.LoginChannelId!, o.LoginChannelSecret!, request.Nonce, now) : null;
        if (who is not { } user)
        {
            throw new ForbiddenException(Messages.Get("LineSignInFailed"));
        }

        return await ResidentRecords.ByLineUserIdAsync(db, user.UserId, user.Name, now, cancellationToken);
    }
}
