using System.Globalization;
using CaseManagement.Core.Cases;
using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Resources;
using CaseManagement.Core.Consultations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseManagement.Core.Residents.Line;

/// <summary>When staff write to a resident who signed in with LINE, a LINE push says only that a reply is waiting,
/// with a link to the case on our site; never the reply itself. Queued in the writing command's transaction, keyed by
/// the message, so it is sent once after commit.</summary>
internal sealed class TellResidentAReplyIsWaiting(CaseDbContext db, IMediator mediator, IOptions<LineOptions> options, LineOutbox outbox)
    : INotificationHandler<StaffMessageWritten>
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    public async Task Handle(StaffMessageWritten notification, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.MessagingEnabled || await mediator.Send(new FindCaseResident(notification.CaseId), cancellationToken) is not { } residentId)
        {
            return;
        }

        var lineUserId = await db.Residents.Where(r => r.Id == residentId).Select(r => r.LineUserId).SingleOrDefaultAsync(cancellationToken);
        if (lineUserId is null)
        {
            return;
        }

        var text = (string.IsNullOrWhiteSpace(o.PushText) ? Messages.Get("LinePushText", Japanese) : o.PushText)
            + "\n" + o.SiteLink("/Resident/Mine/" + notification.CaseId);
        await outbox.PushAsync(db.WorkflowSession(), "line-push:" + notification.MessageId,
            new LineMessage(lineUserId, text, notification.MessageId), cancellationToken);
    }
}
