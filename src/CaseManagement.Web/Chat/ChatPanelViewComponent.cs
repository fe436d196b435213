using CaseManagement.Core.Consultations;
using CaseManagement.Web.Hubs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseManagement.Web.Chat;

/// <summary>The live part of a chat page: whether the other side is there (from this node's presence), typing, the
/// connection state, and the form to send a photo or PDF. Without script, the form still posts.</summary>
public sealed class ChatPanelViewComponent(IOptions<ChatOptions> chat, IOptions<AttachmentOptions> attachments) : ViewComponent
{
    public IViewComponentResult Invoke(ChatSide viewer, string? token = null, Guid? caseId = null, Guid? taskId = null, bool canWrite = false, bool historyViewed = true)
    {
        var presence = HttpContext.RequestServices.GetRequiredService<ChatPresence>();
        var urls = viewer == ChatSide.Resident ? ChatUrls.Resident(token ?? "") : ChatUrls.Staff(caseId ?? Guid.Empty);
        var other = caseId is { } id && presence.IsOpen(id, viewer == ChatSide.Resident ? ChatSide.Staff : ChatSide.Resident);
        return View("/Pages/Shared/Chat/_ChatPanel.cshtml", new ChatPanelModel(
            viewer, urls, caseId, taskId, canWrite, historyViewed, other, chat.Value.PollSeconds * 1000,
            attachments.Value.MaxBytes, attachments.Value.MaxSizeText));
    }
}
