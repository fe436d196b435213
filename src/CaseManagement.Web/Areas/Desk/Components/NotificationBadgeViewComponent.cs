using CaseManagement.Core.Notifications;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Areas.Desk.Components;

/// <summary>The header's お知らせ link with the unread count; notifications.js keeps it current over the desk hub.</summary>
public sealed class NotificationBadgeViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Areas/Desk/Pages/_NotificationBadge.cshtml", await mediator.Send(new CountMyUnreadNotifications(), HttpContext.RequestAborted));
}
