using CaseManagement.Core.Consultations;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CaseManagement.Web.Chat;

/// <summary>The messages of a consultation as list items, with attachments and 既読 marks, for the resident's page
/// (by secret link) or the desk (by case). The live part of a page appends more of the same from the fragment pages.</summary>
public sealed class ChatMessagesViewComponent(IMediator mediator) : ViewComponent
{
    public const string ViewPath = "/Pages/Shared/Chat/_ChatMessages.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyList<MessageView> messages, ChatSide viewer, string? token = null, Guid? caseId = null)
    {
        var ct = HttpContext.RequestAborted;
        var (chat, urls) = viewer == ChatSide.Resident
            ? (await mediator.Send(new GetResidentChat(token ?? "", ConsultationGrantCookie.Read(HttpContext.Request)), ct), ChatUrls.Resident(token ?? ""))
            : (await mediator.Send(new GetCaseChat(caseId ?? Guid.Empty), ct), ChatUrls.Staff(caseId ?? Guid.Empty));
        return View(ViewPath, ChatMessageList.For(messages, chat, viewer, urls.Attachments));
    }
}
