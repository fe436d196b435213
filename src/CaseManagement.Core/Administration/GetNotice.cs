using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Errors;
using CaseManagement.Core.Common.Messaging;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CaseManagement.Core.Administration;

/// <summary>One notice for the edit page.</summary>
[Authorize(Roles.Admin)]
public sealed record GetNotice(Guid Id) : IQuery<NoticeView>;

internal sealed class GetNoticeHandler(CaseDbContext db) : IRequestHandler<GetNotice, NoticeView>
{
    public async Task<NoticeView> Handle(GetNotice request, CancellationToken cancellationToken) =>
        await db.Notices.AsNoTracking().Where(n => n.Id == request.Id).Select(NoticeView.From).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(Messages.Get("NoticeNotFound"));
}
