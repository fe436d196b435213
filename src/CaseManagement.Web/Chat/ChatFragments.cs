using CaseManagement.Core.Consultations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Chat;

/// <summary>What the messages pages answer to the chat script: new list items (or the whole list when the page's last
/// message is unknown), and the state that polling compares.</summary>
internal static class ChatFragments
{
    public static IActionResult Items(PageModel page, IReadOnlyList<MessageView> all, ChatView chat, ChatSide viewer, string attachmentsUrl, Guid? after)
    {
        var list = ChatMessageList.For(all, chat, viewer, attachmentsUrl, after);
        if (list.Reset)
        {
            page.Response.Headers["X-Chat-Reset"] = "1";
        }

        return page.Partial(ChatMessagesViewComponent.ViewPath, list);
    }

    public static IActionResult State(ChatState state) => new JsonResult(state);

    /// <summary>Script posts answer 204; a plain form post goes back to the page it came from.</summary>
    public static IActionResult Done(PageModel page, string back) =>
        page.Request.Headers.ContainsKey("X-Requested-With") ? new NoContentResult() : new RedirectResult(back);
}
