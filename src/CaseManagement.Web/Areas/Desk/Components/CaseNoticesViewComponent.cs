using CaseManagement.Core.Notifications;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Areas.Desk.Components;

/// <summary>What the desk was told about the case (escalation: why and when; idle reminders), on its workspace.</summary>
public sealed class CaseNoticesViewComponent(IMediator mediator) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId) =>
        View("/Areas/Desk/Pages/_CaseNotices.cshtml", await mediator.Send(new ListCaseNotices(caseId), HttpContext.RequestAborted));
}
