using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin corrects a notice or moves its period (ends a maintenance window early, for instance).</summary>
[Authorize(Roles.Admin)]
public sealed record UpdateNotice(Guid Id, NoticeInput Notice) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "notice:" + Id;
}

internal sealed class UpdateNoticeHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<UpdateNotice, Guid>
{
    public async Task<Guid> Handle(UpdateNotice request, CancellationToken cancellationToken)
    {
        var notice = await db.Notices.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException(Messages.Get("NoticeNotFound"));
        NoticeWriter.Apply(notice, request.Notice, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return notice.Id;
    }
}
