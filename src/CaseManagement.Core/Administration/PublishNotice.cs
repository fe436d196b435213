using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Security;
using MediatR;

namespace CaseManagement.Core.Administration;

/// <summary>An admin publishes a notice or a maintenance announcement for a period.</summary>
[Authorize(Roles.Admin)]
public sealed record PublishNotice(NoticeInput Notice) : ICommand<Guid>, IAuditTarget
{
    public string AuditTarget => "notice:new";
}

internal sealed class PublishNoticeHandler(CaseDbContext db, TimeProvider clock) : IRequestHandler<PublishNotice, Guid>
{
    public async Task<Guid> Handle(PublishNotice request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var notice = new Notice { Id = Guid.CreateVersion7(now), TitleJa = "", CreatedAt = now };
        NoticeWriter.Apply(notice, request.Notice, now);
        db.Notices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        return notice.Id;
    }
}
