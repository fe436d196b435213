using CaseManagement.Core.Consultations;
using CaseManagement.Web.Chat;
using CaseManagement.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseManagement.Web.Areas.Resident.Pages.Chat;

/// <summary>The resident's chat script: new messages after the last one it has (list items), the state it polls
/// without a live connection, and the read mark when the hub is unavailable. All through the secret link.</summary>
public sealed class MessagesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>The grant of the link's PIN: its cookie is scoped to the link's path, which these addresses are under.</summary>
    private string? Grant => ConsultationGrantCookie.Read(Request);

    public async Task<IActionResult> OnGetAsync(Guid? after, CancellationToken ct)
    {
        var consultation = await mediator.Send(new GetConsultation(Token, Grant), ct);
        var chat = await mediator.Send(new GetResidentChat(Token, Grant), ct);
        return ChatFragments.Items(this, consultation.Messages, chat, ChatSide.Resident, ChatUrls.Resident(Token).Attachments, after);
    }

    public async Task<IActionResult> OnGetStateAsync(CancellationToken ct) =>
        ChatFragments.State(await mediator.Send(new GetResidentChatState(Token, Grant), ct));

    public async Task<IActionResult> OnPostReadAsync(Guid messageId, CancellationToken ct)
    {
        await mediator.Send(new MarkReadByResident(Token, messageId, Grant), ct);
        return ChatFragments.Done(this, $"/Resident/Consultation/{Token}");
    }
}
