using CaseManagement.Core.Notifications;
using CaseManagement.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Desk.Pages;

/// <summary>The staff member's notifications (escalations, reminders), newest first; read one or all. The header
/// badge asks <c>?handler=Count</c> when the desk hub says something changed.</summary>
public sealed class NotificationsModel(IMediator mediator) : PageModel, IReloadablePage
{
    public IReadOnlyList<NotificationView> Items { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnGetCountAsync(CancellationToken ct) =>
        new JsonResult(new { unread = await mediator.Send(new CountMyUnreadNotifications(), ct) });

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        await mediator.Send(new MarkNotificationsRead(id), ct);
        return Redirect("/Desk/Notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await mediator.Send(new MarkNotificationsRead(), ct);
        return Redirect("/Desk/Notifications");
    }

    public async Task LoadAsync(CancellationToken ct) => Items = await mediator.Send(new ListMyNotifications(), ct);
}
