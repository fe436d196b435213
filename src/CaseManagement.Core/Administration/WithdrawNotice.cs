using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin removes a notice (the audit log keeps that it existed).</summary>
[Authorize(Roles.Admin)]
public sealed record WithdrawNotice(Guid Id) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "notice:" + Id;
}

internal sealed class WithdrawNoticeHandler(CaseDbContext db) : IRequestHandler<WithdrawNotice, Guid>
{
    public async Task<Guid> Handle(WithdrawNotice request, CancellationToken cancellationToken)
    {
        var notice = await db.Notices.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException(Messages.Get("NoticeNotFound"));
        db.Notices.Remove(notice);
        await db.SaveChangesAsync(cancellationToken);
        return notice.Id;
    }
}
