using CaseManagement.Core.Common;
using CaseManagement.Core.Common.Security;
using CaseManagement.Core.Tasks;
using MediatR;

namespace CaseManagement.Core.Notifications;

/// <summary>The notifications a staff member sees: their own, and those of every queue the desk lets them see
/// (a supervisor sees supervisors:&lt;category&gt; of their categories).</summary>
internal static class MyNotifications
{
    public static async Task<IQueryable<StaffNotification>> VisibleAsync(CaseDbContext db, IMediator mediator, ICurrentActor actor, CancellationToken ct)
    {
        var queues = (await mediator.Send(new ListMyDeskQueues(), ct)).Select(q => q.Queue).ToList();
        var me = actor.StaffId ?? Guid.Empty;
        return db.StaffNotifications.Where(n => n.RecipientStaffId == me || (n.RecipientQueue != null && queues.Contains(n.RecipientQueue)));
    }

    public static IQueryable<StaffNotification> Unread(CaseDbContext db, IQueryable<StaffNotification> visible, Guid me) =>
        visible.Where(n => !db.StaffNotificationReads.Any(r => r.NotificationId == n.Id && r.StaffId == me));
}
